package no.followup.registry.api;

import static no.followup.registry.api.support.Requests.ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.followup.registry.api.participant.EnrolmentRequest;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import no.followup.registry.application.export.ExportRetention;
import no.followup.registry.application.idempotency.ExpiredKeyPurge;
import no.followup.registry.cohort.NationalIdNumbers;
import no.followup.registry.cohort.NationalIdNumbers.Variant;
import no.followup.registry.domain.participant.NationalIdNumber;
import no.followup.registry.export.dataset.DatasetExporter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The holes an attacker with a database copy, a curious site, a second researcher or a
 * mis-provisioned account would use, each shown closed through the real API.
 */
@ApiTest
class SecurityHardeningTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired ExpiredKeyPurge purge;
  @Autowired ExportRetention retention;
  @Autowired DatasetExporter exporter;

  private Api api() {
    return new Api(port);
  }

  @Nested
  class National_ids_cannot_be_recovered_from_the_idempotency_table {

    @Test
    void a_brute_force_over_every_number_of_the_birth_year_finds_nothing() throws Exception {
      NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
      Map<String, Object> body = Requests.enrolment(person.digits(), person.birthYear());
      String key = UUID.randomUUID().toString();
      Api.Response enrolled =
          api().as(Persona.STAFF_OUS).idempotencyKey(key).post("/api/v1/participants", body);
      assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
      byte[] stored =
          jdbc.sql("SELECT request_hash FROM idempotency_key WHERE idempotency_key = ?")
              .param(key)
              .query(byte[].class)
              .single();
      String storedText =
          jdbc.sql("SELECT scope || response_body FROM idempotency_key WHERE idempotency_key = ?")
              .param(key)
              .query(String.class)
              .single();
      EnrolmentRequest request = json.convertValue(body, EnrolmentRequest.class);
      byte[] plainHashOfTheTruth = plainHash(request);

      // The search recovers the number from a plain hash (as the table held until now) ...
      assertThat(search(plainHashOfTheTruth, request, person.birthYear()))
          .contains(person.digits());
      // ... and finds nothing in what the table holds now.
      assertThat(search(stored, request, person.birthYear())).isEmpty();
      assertThat(storedText).doesNotContain(person.digits());
    }

    /** Every synthetic number of the birth year, hashed as the old table hashed requests. */
    private Optional<String> search(byte[] target, EnrolmentRequest request, int birthYear)
        throws Exception {
      for (LocalDate day = LocalDate.of(birthYear, 1, 1);
          day.getYear() == birthYear;
          day = day.plusDays(1)) {
        for (int individual = 0; individual < 500; individual++) {
          String candidate = NationalIdNumbers.build(day, individual, Variant.SYNTHETIC, 0);
          if (candidate != null && Arrays.equals(target, plainHash(with(request, candidate)))) {
            return Optional.of(candidate);
          }
        }
      }
      return Optional.empty();
    }

    private byte[] plainHash(EnrolmentRequest request) throws Exception {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update("POST /api/v1/participants".getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
      return digest.digest(json.writeValueAsBytes(request));
    }

    private static EnrolmentRequest with(EnrolmentRequest request, String nationalId) {
      return new EnrolmentRequest(
          nationalId,
          request.studyCode(),
          request.enrolmentDate(),
          request.indication(),
          request.sex(),
          request.birthYear(),
          request.consent(),
          request.siteReference(),
          request.eligibility());
    }

    @Test
    void expired_keys_are_purged_and_live_ones_kept() {
      String expired = UUID.randomUUID().toString();
      String live = UUID.randomUUID().toString();
      for (String key : List.of(expired, live)) {
        jdbc.sql(
                """
                INSERT INTO idempotency_key (scope, idempotency_key, request_hash, response_status,
                                             created_at, expires_at)
                VALUES ('OUS/staff.ous', ?, '\\x00', 201, now() - ?::interval, now() - ?::interval + interval '30 days')
                """)
            .params(
                key,
                key.equals(expired) ? "31 days" : "0 days",
                key.equals(expired) ? "31 days" : "0 days")
            .update();
      }

      assertThat(purge.purge()).isGreaterThanOrEqualTo(1);

      assertThat(keyCount(expired)).isZero();
      assertThat(keyCount(live)).isOne();
    }

    private int keyCount(String key) {
      return jdbc.sql("SELECT count(*) FROM idempotency_key WHERE idempotency_key = ?")
          .param(key)
          .query(Integer.class)
          .single();
    }
  }

  @Nested
  class The_audit_trail_is_out_of_the_applications_reach {

    // The test's JdbcClient is the application's own: a login of registry_application.

    @Test
    void the_application_cannot_rewrite_delete_or_unprotect_audit_rows() {
      enrolled();

      assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET reason = 'edited'").update())
          .rootCause()
          .hasMessageContaining("permission denied");
      assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_chain").update())
          .rootCause()
          .hasMessageContaining("permission denied");
      assertThatThrownBy(() -> jdbc.sql("UPDATE audit_chain SET last_seq = last_seq - 1").update())
          .rootCause()
          .hasMessageContaining("permission denied");
      assertThatThrownBy(
              () ->
                  jdbc.sql(
                          "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete")
                      .update())
          .rootCause()
          .hasMessageContaining("must be owner");
    }

    @Test
    void a_chain_head_moves_only_with_rows_that_continue_it() {
      enrolled();
      Map<String, Object> head =
          jdbc.sql("SELECT chain_key, last_seq FROM audit_chain WHERE last_seq > 0 LIMIT 1")
              .query()
              .singleRow();

      // The head's own row again, five places further on: the insert, and with it the head, is
      // refused.
      assertThatThrownBy(
              () ->
                  jdbc.sql(
                          """
                          INSERT INTO audit_event
                          SELECT (jsonb_populate_record(e, jsonb_build_object('seq', e.seq + 5))).*
                          FROM audit_event e WHERE chain_key = ? AND seq = ?
                          """)
                      .params(head.get("chain_key"), head.get("last_seq"))
                      .update())
          .rootCause()
          .hasMessageContaining("do not continue its head");
      assertThat(
              jdbc.sql("SELECT last_seq FROM audit_chain WHERE chain_key = ?")
                  .param(head.get("chain_key"))
                  .query(Long.class)
                  .single())
          .isEqualTo(head.get("last_seq"));
    }
  }

  @Nested
  class Idempotency_keys_belong_to_one_client {

    @Test
    void two_clients_of_one_site_neither_replay_nor_probe_each_others_keys() {
      UUID participant =
          api()
              .as(Persona.STAFF_OUS)
              .post("/api/v1/participants", Requests.enrolment())
              .id("participantId");
      String path = "/api/v1/participants/" + participant + "/infusions";
      String key = UUID.randomUUID().toString();
      Map<String, Object> infusion = Requests.infusion(ENROLLED.plusDays(1));

      Api.Response nurse = api().as(Persona.STAFF_OUS).idempotencyKey(key).post(path, infusion);
      Api.Response hospital =
          api().as(Persona.HOSPITAL_OUS).idempotencyKey(key).post(path, infusion);

      assertThat(nurse.status()).isEqualTo(201);
      assertThat(hospital.status()).as(hospital.body()).isEqualTo(201);
      assertThat(hospital.header("Idempotent-Replayed")).isNull();
      assertThat(hospital.id("id")).isNotEqualTo(nurse.id("id"));
      assertThat(api().as(Persona.STAFF_OUS).get(path).json().get("items").size()).isEqualTo(2);
    }
  }

  @Nested
  class Free_text_holds_no_national_id_and_has_a_limit {

    private final String someonesId = NationalIdNumbers.nextSynthetic().digits();

    @Test
    void a_withdrawal_reason_with_a_national_id_is_refused_and_nothing_changes() {
      UUID participant = enrolled();

      Api.Response refused =
          api()
              .as(Persona.STAFF_OUS)
              .post(
                  "/api/v1/participants/" + participant + "/withdrawal",
                  Map.of(
                      "date",
                      ENROLLED.plusDays(3).toString(),
                      "reason",
                      "patient " + someonesId + " asked"));
      Api.Response tooLong =
          api()
              .as(Persona.STAFF_OUS)
              .post(
                  "/api/v1/participants/" + participant + "/withdrawal",
                  Map.of("date", ENROLLED.plusDays(3).toString(), "reason", "x".repeat(501)));

      assertThat(refused.status()).isEqualTo(422);
      assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("reason");
      assertThat(refused.json().at("/errors/0/rule").asString()).isEqualTo("no-national-id");
      assertThat(refused.body()).doesNotContain(someonesId);
      assertThat(tooLong.status()).isEqualTo(422);
      assertThat(tooLong.json().at("/errors/0/rule").asString()).isEqualTo("max-length");
      assertThat(
              api()
                  .as(Persona.STAFF_OUS)
                  .get("/api/v1/participants/" + participant)
                  .json()
                  .at("/enrolments/0/status")
                  .asString())
          .isEqualTo("ACTIVE");
      assertThat(auditRowsMentioning(someonesId)).isZero();
    }

    @Test
    void a_correction_reason_with_a_national_id_is_refused() {
      UUID participant = enrolled();
      String records = "/api/v1/participants/" + participant + "/infusions";
      Api.Response created =
          api().as(Persona.STAFF_OUS).post(records, Requests.infusion(ENROLLED.plusDays(1)));
      Map<String, Object> correction =
          Requests.with(
              Requests.infusion(ENROLLED.plusDays(1)), "reason", "belongs to " + someonesId);

      Api.Response refused =
          api()
              .as(Persona.STAFF_OUS)
              .header("If-Match", created.header("ETag"))
              .put(records + "/" + created.id("id"), correction);

      assertThat(refused.status()).isEqualTo(422);
      assertThat(refused.json().at("/errors/0/rule").asString()).isEqualTo("no-national-id");
      assertThat(auditRowsMentioning(someonesId)).isZero();
    }

    @Test
    void a_bulk_reference_with_a_national_id_rejects_its_record_and_is_not_echoed() {
      Api.Response receipt =
          api()
              .as(Persona.STAFF_OUS)
              .post(
                  "/api/v1/submissions?mode=partial",
                  List.of(
                      Map.of(
                          "type", "participant", "ref", someonesId, "data", Requests.enrolment()),
                      Map.of("type", "participant", "ref", "row-2", "data", Requests.enrolment())));

      assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
      assertThat(receipt.body()).doesNotContain(someonesId);
      JsonNode first = receipt.json().at("/records/0");
      assertThat(first.get("status").asString()).isEqualTo("REJECTED");
      assertThat(first.at("/errors/0/field").asString()).isEqualTo("ref");
      assertThat(first.at("/errors/0/rule").asString()).isEqualTo("no-national-id");
      assertThat(receipt.json().at("/records/1/status").asString()).isEqualTo("ACCEPTED");
    }

    private int auditRowsMentioning(String text) {
      return jdbc.sql("SELECT count(*) FROM audit_event WHERE audit_event::text LIKE ?")
          .param("%" + text + "%")
          .query(Integer.class)
          .single();
    }
  }

  @Nested
  class A_site_learns_nothing_about_other_sites_enrolments {

    @Test
    void sex_and_birth_year_come_from_the_number_and_the_answer_is_the_same_at_every_site() {
      NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
      NationalIdNumber number = NationalIdNumber.parse(person.digits());
      Map<String, Object> withoutSexAndYear =
          Requests.with(
              Requests.with(Requests.enrolment(person.digits(), person.birthYear()), "sex", null),
              "birthYear",
              null);

      Api.Response first =
          api().as(Persona.STAFF_OUS).post("/api/v1/participants", withoutSexAndYear);
      Api.Response second =
          api()
              .as(Persona.STAFF_HUS)
              .post(
                  "/api/v1/participants", Requests.enrolment(person.digits(), person.birthYear()));

      assertThat(first.status()).as(first.body()).isEqualTo(201);
      assertThat(first.json().get("sex").asString()).isEqualTo(number.sex().name());
      assertThat(first.json().get("birthYear").asInt()).isEqualTo(person.birthYear());
      assertThat(second.status()).isEqualTo(201);
      assertThat(second.json().get("sex")).isEqualTo(first.json().get("sex"));
      assertThat(second.json().get("birthYear")).isEqualTo(first.json().get("birthYear"));
      assertThat(second.json().get("enrolments").size()).isOne();
    }

    @Test
    void values_that_disagree_with_the_number_are_refused_and_nothing_is_stored() {
      NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
      String otherSex =
          NationalIdNumber.parse(person.digits()).sex().name().equals("MALE") ? "FEMALE" : "MALE";

      Api.Response refused =
          api()
              .as(Persona.STAFF_OUS)
              .post(
                  "/api/v1/participants",
                  Requests.with(
                      Requests.enrolment(person.digits(), person.birthYear()), "sex", otherSex));

      assertThat(refused.status()).isEqualTo(422);
      assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("sex");
      assertThat(refused.json().at("/errors/0/rule").asString()).isEqualTo("matches-national-id");
      assertThat(
              api()
                  .as(Persona.STAFF_OUS)
                  .post(
                      "/api/v1/participants",
                      Requests.enrolment(person.digits(), person.birthYear()))
                  .status())
          .as("the refused request stored no participant and no key")
          .isEqualTo(201);
    }
  }

  @Nested
  class Accounts_and_roles_are_checked_before_anything_is_read {

    @Test
    void site_roles_without_one_known_site_are_refused_everywhere() {
      for (Persona misprovisioned :
          List.of(Persona.STAFF_NO_SITE, Persona.STAFF_TWO_SITES, Persona.STAFF_UNKNOWN_SITE)) {
        Api.Response findings = api().as(misprovisioned).get("/api/v1/data-quality-findings");
        Api.Response enrol =
            api().as(misprovisioned).post("/api/v1/participants", Requests.enrolment());

        assertThat(findings.status()).as(misprovisioned + ": " + findings.body()).isEqualTo(403);
        assertThat(findings.json().get("code").asString()).isEqualTo("no-site");
        assertThat(enrol.status()).isEqualTo(403);
      }
    }

    @Test
    void a_researchers_post_to_a_site_endpoint_is_refused_before_its_body_is_read() {
      Api.Response response =
          api().as(Persona.RESEARCHER).post("/api/v1/participants", "{ not json at all");

      assertThat(response.status()).as(response.body()).isEqualTo(403);
      assertThat(response.contentType()).startsWith("application/problem+json");
    }
  }

  @Nested
  class Exports_belong_to_someone {

    @Test
    void a_second_researcher_cannot_read_or_download_anothers_export() {
      String location = completedExport(Persona.RESEARCHER);

      assertThat(api().as(Persona.RESEARCHER_2).get(location).status()).isEqualTo(404);
      assertThat(api().as(Persona.RESEARCHER_2).get(location + "/file").status()).isEqualTo(404);
      assertThat(api().as(Persona.COORDINATOR).get(location).status()).isEqualTo(200);
      assertThat(location).matches("/api/v1/exports/[0-9a-f-]{36}");
    }

    @Test
    void files_past_their_retention_are_deleted_and_the_export_marked_expired() {
      String location = completedExport(Persona.RESEARCHER_2);
      String id = location.substring(location.lastIndexOf('/') + 1);
      Path file = exporter.file(id);
      assertThat(file).exists();
      jdbc.sql("UPDATE dataset_export SET completed_at = now() - interval '31 days' WHERE id = ?")
          .param(id)
          .update();

      assertThat(retention.deleteExpired()).contains(id);

      assertThat(Files.exists(file)).isFalse();
      assertThat(api().as(Persona.RESEARCHER_2).get(location).json().get("status").asString())
          .isEqualTo("EXPIRED");
      assertThat(api().as(Persona.RESEARCHER_2).get(location + "/file").status()).isEqualTo(409);
    }

    @Test
    void twenty_exports_at_once_are_bounded_while_a_site_keeps_posting() throws Exception {
      UUID participant =
          api()
              .as(Persona.STAFF_OUS)
              .post("/api/v1/participants", Requests.enrolment())
              .id("participantId");
      List<Persona> requesters =
          List.of(Persona.RESEARCHER, Persona.RESEARCHER_2, Persona.COORDINATOR);
      ExecutorService pool = Executors.newFixedThreadPool(20);
      try {
        List<Future<Api.Response>> exports = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
          Persona requester = requesters.get(i % requesters.size());
          exports.add(
              pool.submit(
                  () ->
                      api()
                          .as(requester)
                          .post(
                              "/api/v1/datasets/aggregated-outcomes/exports",
                              Map.of("asOf", ENROLLED.plusDays(60).toString()))));
        }
        List<Integer> sitePosts = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
          sitePosts.add(
              api()
                  .as(Persona.STAFF_OUS)
                  .post(
                      "/api/v1/participants/" + participant + "/lab-results",
                      Requests.labResult("ALT", 40, "U/L", 45.0))
                  .status());
        }
        List<Api.Response> answers = new ArrayList<>();
        for (Future<Api.Response> export : exports) {
          answers.add(export.get());
        }

        assertThat(sitePosts).containsOnly(201);
        assertThat(answers).extracting(Api.Response::status).isSubsetOf(202, 429, 503);
        assertThat(answers).extracting(Api.Response::status).contains(202);
        answers.stream()
            .filter(a -> a.status() != 202)
            .forEach(
                a -> {
                  assertThat(a.contentType()).startsWith("application/problem+json");
                  assertThat(a.header("Retry-After")).isNotNull();
                });
        for (Api.Response accepted : answers.stream().filter(a -> a.status() == 202).toList()) {
          api()
              .as(Persona.COORDINATOR)
              .awaitStatus(accepted.header("Location"), Api.EXPORT_ENDED, Duration.ofSeconds(120));
        }
      } finally {
        pool.shutdownNow();
      }
    }

    @Test
    void a_user_with_as_many_exports_unfinished_as_allowed_is_told_to_wait() {
      List<String> unfinished = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
      for (String id : unfinished) {
        jdbc.sql(
                """
                INSERT INTO dataset_export (id, dataset, as_of, requested_by, status)
                VALUES (?, 'aggregated-outcomes', DATE '2026-10-31', 'researcher2', 'QUEUED')
                """)
            .param(id)
            .update();
      }
      try {
        Api.Response third =
            api()
                .as(Persona.RESEARCHER_2)
                .post(
                    "/api/v1/datasets/aggregated-outcomes/exports",
                    Map.of("asOf", ENROLLED.plusDays(60).toString()));

        assertThat(third.status()).as(third.body()).isEqualTo(429);
        assertThat(third.json().get("code").asString()).isEqualTo("too-many-exports");
        assertThat(third.header("Retry-After")).isEqualTo("60");
      } finally {
        jdbc.sql("DELETE FROM dataset_export WHERE id IN (?, ?)")
            .params(unfinished.get(0), unfinished.get(1))
            .update();
      }
    }

    private String completedExport(Persona researcher) {
      Api.Response started =
          api()
              .as(researcher)
              .post(
                  "/api/v1/datasets/aggregated-outcomes/exports",
                  Map.of("asOf", ENROLLED.plusDays(60).toString()));
      assertThat(started.status()).as(started.body()).isEqualTo(202);
      String location = started.header("Location");
      JsonNode export =
          api().as(researcher).awaitStatus(location, Api.EXPORT_ENDED, Duration.ofSeconds(60));
      assertThat(export.get("status").asString()).isEqualTo("COMPLETED");
      return location;
    }
  }

  private UUID enrolled() {
    return api()
        .as(Persona.STAFF_OUS)
        .post("/api/v1/participants", Requests.enrolment())
        .id("participantId");
  }
}
