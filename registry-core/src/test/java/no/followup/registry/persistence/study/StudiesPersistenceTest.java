package no.followup.registry.persistence.study;

import static org.assertj.core.api.Assertions.assertThat;

import no.followup.registry.domain.fixtures.StudyFixture;
import no.followup.registry.domain.study.StudyCode;
import no.followup.registry.persistence.Database;
import org.junit.jupiter.api.Test;

class StudiesPersistenceTest {

  private static final Database DB = Database.migrated();

  @Test
  void the_ketamine_study_is_loaded_from_its_rows_exactly_as_the_protocol_defines_it() {
    assertThat(new JdbcStudies(DB.jdbc()).current(StudyFixture.KETAMINE_TRD))
        .contains(StudyFixture.ketamineTrd());
  }

  @Test
  void an_unknown_study_is_absent() {
    assertThat(new JdbcStudies(DB.jdbc()).current(StudyCode.of("NO-SUCH-STUDY"))).isEmpty();
  }

  @Test
  void a_new_study_version_is_data_and_becomes_current() {
    DB.jdbc()
        .sql(
            """
            INSERT INTO study (code, version, name, max_dose_mg_per_kg, induction_infusions, induction_period_days,
                               max_infusions_per_28_days, limit_enforcement)
            VALUES ('ESKETAMINE-NS', 1, 'Esketamine nasal spray', 1.2, 8, 28, 8, 'REJECT'),
                   ('ESKETAMINE-NS', 2, 'Esketamine nasal spray, weekly maintenance', 1.2, 8, 28, 6, 'REJECT')
            """)
        .update();

    var current = new JdbcStudies(DB.jdbc()).current(StudyCode.of("ESKETAMINE-NS")).orElseThrow();

    assertThat(current.version()).isEqualTo(2);
    assertThat(current.limits().maxInfusionsPer28Days()).isEqualTo(6);
  }
}
