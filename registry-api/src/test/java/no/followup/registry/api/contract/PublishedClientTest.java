package no.followup.registry.api.contract;

import static no.followup.registry.api.support.Requests.ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.client.ApiClient;
import no.followup.registry.client.ApiException;
import no.followup.registry.client.ApiResponse;
import no.followup.registry.client.JSON;
import no.followup.registry.client.api.BulkSubmissionsApi;
import no.followup.registry.client.api.InfusionsApi;
import no.followup.registry.client.api.ParticipantsApi;
import no.followup.registry.client.model.BulkRecord;
import no.followup.registry.client.model.ConsentRequest;
import no.followup.registry.client.model.EnrolmentRequest;
import no.followup.registry.client.model.InfusionRequest;
import no.followup.registry.client.model.InfusionResponse;
import no.followup.registry.client.model.ItemOutcome;
import no.followup.registry.client.model.ParticipantResponse;
import no.followup.registry.client.model.Problem;
import no.followup.registry.client.model.Receipt;
import no.followup.registry.client.model.Vitals;
import no.followup.registry.cohort.NationalIdNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client generated from {@code docs/openapi.json} at build time (openapi-generator, Java's own
 * HTTP client), used as a hospital system would: against the real API, with a real token.
 */
@ApiTest
class PublishedClientTest {

  @LocalServerPort int port;

  private ParticipantsApi participants;
  private InfusionsApi infusions;
  private BulkSubmissionsApi submissions;

  @BeforeEach
  void client() {
    String token = Persona.HOSPITAL_OUS.token().orElseThrow();
    ApiClient client = new ApiClient();
    client.updateBaseUri("http://127.0.0.1:" + port);
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    participants = new ParticipantsApi(client);
    infusions = new InfusionsApi(client);
    submissions = new BulkSubmissionsApi(client);
  }

  @Test
  void enrols_submits_a_bulk_with_a_bad_record_corrects_with_if_match_and_reads_problems()
      throws Exception {
    ApiResponse<ParticipantResponse> enrolled =
        participants.enrolWithHttpInfo(UUID.randomUUID().toString(), enrolment());
    assertThat(enrolled.getStatusCode()).isEqualTo(201);
    assertThat(enrolled.getHeaders().get("location")).isNotEmpty();
    UUID participant = enrolled.getData().getParticipantId();

    Receipt receipt =
        submissions.submitRecords(
            UUID.randomUUID().toString(),
            List.of(
                bulk("good", participant, infusion()),
                bulk("bad", participant, infusion().vitals(vitals().spo2Min(120)))),
            "partial",
            false);
    assertThat(receipt.getAccepted()).isEqualTo(1);
    assertThat(receipt.getRejected()).isEqualTo(1);
    ItemOutcome bad = receipt.getRecords().get(1);
    assertThat(bad.getRef()).isEqualTo("bad");
    assertThat(bad.getErrors())
        .extracting("field", "rule")
        .containsExactly(tuple("vitals.spo2Min", "range"));
    assertThat(submissions.getReceipt(receipt.getSubmissionId())).isEqualTo(receipt);

    ApiResponse<InfusionResponse> added =
        infusions.addInfusionWithHttpInfo(participant, UUID.randomUUID().toString(), infusion());
    UUID infusion = added.getData().getId();
    String etag = added.getHeaders().get("etag").get(0);
    InfusionResponse corrected =
        infusions.correctInfusion(
            participant,
            infusion,
            etag,
            infusion().weightKg(new BigDecimal("70")).reason("weighed again"));
    assertThat(corrected.getVersion()).isEqualTo(2);

    ApiException stale =
        catchThrowableOfType(
            ApiException.class,
            () ->
                infusions.correctInfusion(
                    participant, infusion, etag, infusion().reason("the old version")));
    assertThat(stale.getCode()).isEqualTo(412);
    assertThat(problem(stale).getCode()).isEqualTo("stale-version");

    ApiException refused =
        catchThrowableOfType(
            ApiException.class,
            () ->
                infusions.addInfusion(
                    participant,
                    UUID.randomUUID().toString(),
                    infusion().vitals(vitals().spo2Min(120))));
    assertThat(refused.getCode()).isEqualTo(422);
    assertThat(problem(refused).getErrors())
        .extracting("field", "rule")
        .containsExactly(tuple("vitals.spo2Min", "range"));
  }

  private static Problem problem(ApiException e) throws Exception {
    return new JSON().getMapper().readValue(e.getResponseBody(), Problem.class);
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  private static EnrolmentRequest enrolment() {
    NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
    return new EnrolmentRequest()
        .nationalId(person.digits())
        .studyCode("KETAMINE-TRD")
        .enrolmentDate(ENROLLED)
        .indication(EnrolmentRequest.IndicationEnum.TREATMENT_RESISTANT_DEPRESSION)
        .consent(
            new ConsentRequest()
                .offLabelInformed(true)
                .registryConsent(true)
                .consentDate(ENROLLED.minusDays(2)));
  }

  private static InfusionRequest infusion() {
    return new InfusionRequest()
        .date(ENROLLED.plusDays(1))
        .drug(InfusionRequest.DrugEnum.RACEMIC_KETAMINE)
        .doseMgPerKg(new BigDecimal("0.5"))
        .weightKg(new BigDecimal("72.5"))
        .durationMinutes(40)
        .vitals(vitals());
  }

  private static Vitals vitals() {
    return new Vitals().systolicBefore(128).diastolicBefore(82).heartRateMax(96).spo2Min(97);
  }

  private static BulkRecord bulk(String ref, UUID participant, InfusionRequest infusion) {
    Map<String, Object> data = new JSON().getMapper().convertValue(infusion, Map.class);
    return new BulkRecord()
        .type(BulkRecord.TypeEnum.INFUSION)
        .ref(ref)
        .participantId(participant)
        .data(data);
  }
}
