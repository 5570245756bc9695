package no.followup.registry.persistence.treatment;

import static no.followup.registry.domain.fixtures.EnrolmentFixture.anEnrolment;
import static no.followup.registry.domain.fixtures.InfusionFixture.anInfusion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.domain.treatment.Infusion;
import no.followup.registry.domain.treatment.VitalSigns;
import no.followup.registry.persistence.Database;
import no.followup.registry.persistence.participant.EnrolledParticipants;
import org.junit.jupiter.api.Test;

class InfusionsPersistenceTest {

  private static final Database DB = Database.migrated();
  private final JdbcInfusions infusions = new JdbcInfusions(DB.jdbc(), DB.workingSet());

  @Test
  void an_infusion_reads_back_exactly_with_its_vital_signs() {
    Enrolment enrolment = new EnrolledParticipants(DB).enrol(anEnrolment());
    Infusion infusion = anInfusion().on(LocalDate.of(2026, 1, 15)).of(enrolment.id());

    infusions.add(infusion);

    assertThat(infusions.find(infusion.id()).map(Versioned::record)).contains(infusion);
  }

  @Test
  void missing_vital_signs_stay_missing_and_infusions_come_in_date_order() {
    Enrolment enrolment = new EnrolledParticipants(DB).enrol(anEnrolment());
    Infusion later =
        anInfusion().on(LocalDate.of(2026, 1, 19)).withVitals(VitalSigns.none()).of(enrolment.id());
    Infusion earlier = anInfusion().on(LocalDate.of(2026, 1, 15)).of(enrolment.id());

    infusions.add(later);
    infusions.add(earlier);

    assertThat(infusions.ofEnrolment(enrolment.id()))
        .extracting(Versioned::record)
        .containsExactly(earlier, later);
  }

  @Test
  void an_esketamine_session_keeps_its_dose_in_mg_without_weight_or_duration() {
    Enrolment enrolment = new EnrolledParticipants(DB).enrol(anEnrolment());
    Infusion spray = anInfusion().esketamine("84").of(enrolment.id());

    infusions.add(spray);

    assertThat(infusions.find(spray.id()).orElseThrow().record()).isEqualTo(spray);
    assertThat(spray.doseMgPerKg()).isNull();
    assertThat(spray.weightKg()).isNull();
    assertThat(spray.durationMinutes()).isNull();
  }

  @Test
  void a_session_has_its_dose_in_exactly_one_unit() {
    Enrolment enrolment = new EnrolledParticipants(DB).enrol(anEnrolment());
    Infusion both = anInfusion().withDoseInMg("35").of(enrolment.id());

    assertThatThrownBy(() -> infusions.add(both)).hasMessageContaining("infusion_dose_in_one_unit");
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

  @Test
  void a_correction_replaces_the_values_only_from_the_version_it_names() {
    Enrolment enrolment = new EnrolledParticipants(DB).enrol(anEnrolment());
    Infusion original = anInfusion().of(enrolment.id());
    infusions.add(original);
    Infusion corrected = anInfusion().withDose("0.40").of(enrolment.id());
    Infusion sameIdCorrected =
        new Infusion(
            original.id(),
            enrolment.id(),
            corrected.date(),
            corrected.drug(),
            corrected.route(),
            corrected.doseMgPerKg(),
            corrected.doseMg(),
            corrected.weightKg(),
            corrected.durationMinutes(),
            corrected.vitals(),
            corrected.dissociationScore());

    assertThat(infusions.replace(sameIdCorrected, 1)).isTrue();
    assertThat(infusions.replace(sameIdCorrected, 1))
        .as("a second correction from the same stale version")
        .isFalse();
    assertThat(infusions.find(original.id())).contains(new Versioned<>(sameIdCorrected, 2));
  }
}
