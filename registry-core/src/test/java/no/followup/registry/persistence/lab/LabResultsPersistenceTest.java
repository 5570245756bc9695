package no.followup.registry.persistence.lab;

import static no.followup.registry.domain.fixtures.EnrolmentFixture.ENROLMENT_DATE;
import static no.followup.registry.domain.fixtures.EnrolmentFixture.anEnrolment;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import no.followup.registry.domain.lab.Analyte;
import no.followup.registry.domain.lab.LabResult;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.persistence.Database;
import no.followup.registry.persistence.participant.EnrolledParticipants;
import org.junit.jupiter.api.Test;

class LabResultsPersistenceTest {

  private static final Database DB = Database.migrated();
  private final JdbcLabResults results = new JdbcLabResults(DB.jdbc(), DB.workingSet());

  @Test
  void lab_values_read_back_with_their_scale_and_a_missing_limit_stays_missing() {
    Enrolment enrolment = new EnrolledParticipants(DB).enrol(anEnrolment());
    LabResult ggt =
        new LabResult(
            UUID.randomUUID(),
            enrolment.id(),
            ENROLMENT_DATE.plusDays(30),
            Analyte.GGT,
            new BigDecimal("241.500"),
            "U/L",
            new BigDecimal("80.000"));
    LabResult egfr =
        new LabResult(
            UUID.randomUUID(),
            enrolment.id(),
            ENROLMENT_DATE.plusDays(30),
            Analyte.EGFR,
            new BigDecimal("88.000"),
            "mL/min/1.73m2",
            null);

    results.add(ggt);
    results.add(egfr);

    assertThat(results.ofEnrolment(enrolment.id()))
        .extracting(Versioned::record)
        .containsExactly(egfr, ggt);
    assertThat(results.find(ggt.id()).orElseThrow().record().timesUpperNormalLimit())
        .contains(new BigDecimal("3.02"));
  }
}
