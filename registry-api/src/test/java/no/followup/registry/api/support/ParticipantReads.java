package no.followup.registry.api.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What the tests read about one participant from the lists of all of them: its due visits as its
 * site sees them (OUS staff) and its safety signals as the coordinator sees them, every page.
 */
public final class ParticipantReads {

  private ParticipantReads() {}

  public static List<JsonNode> dueVisits(Api api, UUID participant) {
    return dueVisits(api, Persona.STAFF_OUS, participant);
  }

  /** The participant's visits on the worklist of the reader's site. */
  public static List<JsonNode> dueVisits(Api api, Persona reader, UUID participant) {
    return everyPageOf(api, reader, "/api/v1/follow-ups/due", participant);
  }

  public static List<JsonNode> signals(Api api, UUID participant) {
    return everyPageOf(api, Persona.COORDINATOR, "/api/v1/safety-signals", participant);
  }

  /**
   * One treatment episode of a course as a line: {@code 2 RETREATMENT 2026-10-11–2026-11-09
   * LACK_OF_EFFECT sessions 6} (no end date while it goes on, no reason unless discontinued).
   */
  public static String episode(JsonNode episode) {
    JsonNode discontinuation = episode.get("discontinuation");
    return episode.get("number").asInt()
        + " "
        + episode.get("kind").asString()
        + " "
        + episode.get("startDate").asString()
        + "–"
        + (episode.get("endDate").isNull() ? "" : episode.get("endDate").asString())
        + " "
        + (discontinuation.isNull() ? "" : discontinuation.get("reason").asString() + " ")
        + "sessions "
        + episode.get("sessions").asInt();
  }

  private static List<JsonNode> everyPageOf(
      Api api, Persona reader, String list, UUID participant) {
    List<JsonNode> found = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode json = api.as(reader).get(list + "?size=200&page=" + page).json();
      json.get("items")
          .forEach(
              item -> {
                if (item.get("participantId").asString().equals(participant.toString())) {
                  found.add(item);
                }
              });
      if (page + 1 >= json.get("totalPages").asInt()) {
        return found;
      }
    }
  }
}
