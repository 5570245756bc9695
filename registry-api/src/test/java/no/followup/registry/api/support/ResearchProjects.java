package no.followup.registry.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Sets up research access as a coordinator would: a locked date and an approved project. */
public final class ResearchProjects {

  private ResearchProjects() {}

  /** Every variable of the row-level codebook (less the pseudonyms), as the catalogue lists it. */
  public static List<String> allVariables(Api api) {
    List<String> variables = new ArrayList<>();
    JsonNode catalogue = api.as(Persona.COORDINATOR).get("/api/v1/datasets").json();
    for (JsonNode dataset : catalogue) {
      if (!dataset.get("name").asString().equals("evaluation-2028")) {
        continue;
      }
      for (JsonNode sheet : dataset.get("codebook")) {
        for (JsonNode column : sheet.get("columns")) {
          String name = column.get("name").asString();
          if (!name.equals("participant") && !name.equals("enrolment")) {
            variables.add(sheet.get("sheet").asString() + "." + name);
          }
        }
      }
    }
    return variables;
  }

  /** A project body: KETAMINE-TRD, enrolments of 2020–2030, expiring in a year. */
  public static Map<String, Object> project(String responsible, List<String> variables) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "Durability of ketamine response");
    body.put("ethicsReference", "REK 2026/12345");
    body.put("responsibleResearcher", responsible);
    body.put("researchers", List.of());
    body.put("studyCode", "KETAMINE-TRD");
    body.put("approvedVariables", variables);
    body.put("periodFrom", "2020-01-01");
    body.put("periodTo", "2030-12-31");
    body.put("expiresOn", LocalDate.now().plusYears(1).toString());
    return body;
  }

  /** Registers the project (as the coordinator) and answers its id. */
  public static UUID register(Api api, Map<String, Object> project) {
    Api.Response created =
        api.as(Persona.COORDINATOR).post("/api/v1/data-access-projects", project);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.id("projectId");
  }

  /** An approved project of every variable, the researcher responsible. */
  public static UUID approved(Api api, Persona researcher) {
    return register(api, project(researcher.username(), allVariables(api)));
  }

  /** Locks the date for release (as the coordinator). */
  public static void lock(Api api, LocalDate date) {
    Api.Response locked =
        api.as(Persona.COORDINATOR).post("/api/v1/data-locks", Map.of("date", date.toString()));
    assertThat(locked.status()).as(locked.body()).isEqualTo(200);
  }

  /** The body of a row-level export request. */
  public static Map<String, Object> release(LocalDate asOf, UUID projectId) {
    return Map.of("asOf", asOf.toString(), "projectId", projectId.toString());
  }
}
