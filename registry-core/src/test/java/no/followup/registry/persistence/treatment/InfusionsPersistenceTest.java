package no.followup.registry.persistence.treatment;

import static no.followup.registry.domain.fixtures.EnrolmentFixture.anEnrolment;
import static no.followup.registry.domain.fixtures.InfusionFixture.anInfusion;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.treatment.Infusion;
import no.followup.registry.domain.treatment.VitalSigns;
import no.followup.registry.persistence.Database;
import no.followup.registry.persistence.participant.EnrolledParticipants;
import org.junit.jupiter.api.Test;

class InfusionsPersistenceTest {

  private static final Database DB = Database.migrated();
  private final JdbcInfusions infusions = new JdbcInfusions(DB.jdbc());

  @Test
  void an_infusion_reads_back_exactly_with_its_vital_signs() {
    Enrolment enrolment = new EnrolledParticipants(DB).enrol(anEnrolment());
    Infusion infusion = anInfusion().on(LocalDate.of(2026, 1, 15)).of(enrolment.id());

    infusions.add(infusion);

    assertThat(infusions.find(infusion.id())).contains(infusion);
  }

  @Test
  void missing_vital_signs_stay_missing_and_infusions_come_in_date_order() {
    Enrolment enrolment = new EnrolledParticipants(DB).enrol(anEnrolment());
    Infusion later =
        anInfusion().on(LocalDate.of(2026, 1, 19)).withVitals(VitalSigns.none()).of(enrolment.id());
    Infusion earlier = anInfusion().on(LocalDate.of(2026, 1, 15)).of(enrolment.id());

    infusions.add(later);
    infusions.add(earlier);

    assertThat(infusions.of(enrolment.id())).containsExactly(earlier, later);
  }

  @Test
  void each_infusion_carries_its_sites_code_for_isolation() {
    Enrolment enrolment = new EnrolledParticipants(DB).enrol(anEnrolment().at("STO"));
    Infusion infusion = anInfusion().of(enrolment.id());
    infusions.add(infusion);

    String site =
        DB.jdbc()
            .sql("SELECT site_code FROM infusion WHERE id = ?")
            .param(infusion.id())
            .query(String.class)
            .single();

    assertThat(site).isEqualTo("STO");
  }
}
