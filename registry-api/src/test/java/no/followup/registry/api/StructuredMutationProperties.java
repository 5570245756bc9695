package no.followup.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import no.followup.registry.testsupport.RegistryArguments;
import no.followup.registry.testsupport.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Structured mutations of a valid infusion (jqwik): one field's value replaced by a wrong type, a
 * huge or negative number, deep nesting, an injection string or an impossible date; an unknown
 * field added; a key duplicated; the body cut short; invalid UTF-8 spliced in. Whatever the
 * mutation: never a 5xx, an error is problem+json, and a rejected request stores nothing.
 */
class StructuredMutationProperties {

  private static final List<String> WRITTEN_TABLES =
      List.of("infusion", "idempotency_key", "audit_event");

  private static ConfigurableApplicationContext registry;
  private static TestDatabase database;
  private static Api api;
  private static String infusions;

  @BeforeContainer
  static void startTheRegistry() {
    database = TestDatabase.fresh();
    registry =
        new SpringApplicationBuilder(ApiTestApplication.class)
            .run(
                RegistryArguments.against(
                        database.settings(),
                        "--registry.limits.requests-per-second-per-site=0",
                        "--server.port=0")
                    .toArray(String[]::new));
    api = new Api(((WebServerApplicationContext) registry).getWebServer().getPort());
    UUID participant =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment())
            .id("participantId");
    infusions = "/api/v1/participants/" + participant + "/infusions";
  }

  @AfterContainer
  static void stopTheRegistry() {
    registry.close();
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void a_mutated_infusion_is_never_a_5xx_and_a_rejected_one_stores_nothing(
      @ForAll("mutatedInfusions") byte[] body) {
    long before = rows();

    Api.Response response =
        api.as(Persona.STAFF_OUS).sendBytes("POST", infusions, body, "application/json");

    assertThat(response.status()).as(response.body()).isLessThan(500);
    if (response.status() >= 400) {
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(rows()).isEqualTo(before);
    }
  }

  @Provide
  Arbitrary<byte[]> mutatedInfusions() {
    Arbitrary<String> hostileValue =
        Arbitraries.oneOf(
            Arbitraries.of("[]", "{}", "true", "null", "\"text\"", "[1,2,3]"),
            Arbitraries.of("1e400", "-1e400", "123456789012345678901234567890", "-0.5", "0", "NaN"),
            Arbitraries.integers()
                .between(50, 3000)
                .map(depth -> "[".repeat(depth) + "]".repeat(depth)),
            Arbitraries.of(
                "\"'; DROP TABLE infusion; --\"",
                "\"<script>alert(1)</script>\"",
                "\"${jndi:ldap://example.invalid/a}\"",
                "\"\\u0000\"",
                "\"" + "x".repeat(5000) + "\""),
            Arbitraries.of(
                "\"2026-02-30\"",
                "\"2026-13-01\"",
                "\"0000-00-00\"",
                "\"+999999999-12-31\"",
                "\"30.02.2026\""));
    Arbitrary<String> field = Arbitraries.of(validInfusion().keySet().toArray(String[]::new));
    return Combinators.combine(
            Arbitraries.integers().between(0, 4),
            field,
            hostileValue,
            Arbitraries.integers().between(1, 200))
        .as(StructuredMutationProperties::mutate);
  }

  private static byte[] mutate(int kind, String field, String value, int cut) {
    Map<String, String> fields = validInfusion();
    List<String> members = new ArrayList<>();
    switch (kind) {
      case 0 -> fields.put(field, value);
      case 1 -> fields.put("unexpected_" + field, value);
      default -> {}
    }
    fields.forEach((k, v) -> members.add("\"" + k + "\":" + v));
    if (kind == 2) {
      members.add("\"" + field + "\":" + value); // the same key twice
    }
    byte[] json = ("{" + String.join(",", members) + "}").getBytes(StandardCharsets.UTF_8);
    if (kind == 3) {
      return java.util.Arrays.copyOf(json, Math.min(json.length, cut));
    }
    if (kind == 4) {
      byte[] spliced = java.util.Arrays.copyOf(json, json.length + 3);
      int at = Math.min(json.length - 2, cut);
      System.arraycopy(json, at, spliced, at + 3, json.length - at);
      spliced[at] = (byte) 0xC3;
      spliced[at + 1] = (byte) 0x28;
      spliced[at + 2] = (byte) 0xFF;
      return spliced;
    }
    return json;
  }

  /** A valid infusion as field → raw JSON value. */
  private static Map<String, String> validInfusion() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("date", "\"" + Requests.ENROLLED.plusDays(7) + "\"");
    fields.put("drug", "\"RACEMIC_KETAMINE\"");
    fields.put("doseMgPerKg", "0.5");
    fields.put("weightKg", "72.5");
    fields.put("durationMinutes", "40");
    fields.put("vitals", "{\"systolicBefore\":128,\"systolicMax\":150,\"spo2Min\":97}");
    fields.put("dissociationScore", "18");
    return fields;
  }

  private static long rows() {
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    return WRITTEN_TABLES.stream()
        .mapToLong(t -> jdbc.sql("SELECT count(*) FROM " + t).query(Long.class).single())
        .sum();
  }
}
