package no.followup.registry.api.support;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads bulk submission receipts. */
public final class Receipts {

  private Receipts() {}

  /** Each record's ref with its status, and the rule of its first error if it was rejected. */
  public static Map<String, String> outcomes(JsonNode receipt) {
    Map<String, String> outcomes = new LinkedHashMap<>();
    receipt
        .get("records")
        .forEach(
            r ->
                outcomes.put(
                    r.get("ref").asString(),
                    r.get("status").asString()
                        + (r.get("errors").isEmpty()
                            ? ""
                            : ":" + r.at("/errors/0/rule").asString())));
    return outcomes;
  }
}
