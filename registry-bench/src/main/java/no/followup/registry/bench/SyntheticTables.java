package no.followup.registry.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills the registry's tables straight in SQL with a cohort of any size, shaped like the synthetic
 * cohort (7 sites, 10 infusions, the visits due so far, adverse events on 15 % of infusions, a lab
 * result each): for the aggregation and export benchmarks, whose subject is reading, not
 * submitting. A million infusions take about a minute here instead of hours through the API.
 */
final class SyntheticTables {

  private SyntheticTables() {}

  /** Adds {@code participants} participants with their records; answers the infusion count. */
  static long fill(JdbcClient jdbc, int participants) {
    jdbc.sql(
            """
            INSERT INTO participant (id, pseudonym, sex, birth_year)
            SELECT md5('p' || g)::uuid, md5('a' || g) || md5('b' || g), CASE WHEN g % 3 = 0 THEN 'MALE' ELSE 'FEMALE' END,
                   1950 + g % 50
            FROM generate_series(1, ?) g
            """)
        .param(participants)
        .update();
    jdbc.sql(
            """
            INSERT INTO enrolment (id, participant_id, site_code, study_code, study_version, indication, enrolment_date,
                                   off_label_informed, registry_consent, consent_date, withdrawal_date, withdrawal_reason,
                                   discontinuation_date, discontinuation_reason)
            SELECT md5('e' || g)::uuid, md5('p' || g)::uuid, (ARRAY['OUS','SOHF','KKO','HUS','SUS','STO','UNN'])[1 + g % 7],
                   'KETAMINE-TRD', 1, 'TREATMENT_RESISTANT_DEPRESSION', date '2024-09-02' + g % 780, true, true,
                   date '2024-09-02' + g % 780 - 3,
                   CASE WHEN g % 33 = 0 THEN date '2024-09-02' + g % 780 + 60 END,
                   CASE WHEN g % 33 = 0 THEN 'withdrew' END,
                   CASE WHEN g % 12 = 0 THEN date '2024-09-02' + g % 780 + 30 END,
                   CASE WHEN g % 12 = 0 THEN 'LACK_OF_EFFECT' END
            FROM generate_series(1, ?) g
            """)
        .param(participants)
        .update();
    jdbc.sql(
            """
            INSERT INTO infusion (id, enrolment_id, site_code, participant_id, infusion_date, drug, route, dose_mg_per_kg,
                                  weight_kg, duration_minutes, systolic_before, diastolic_before, systolic_max,
                                  diastolic_max, heart_rate_max, spo2_min, dissociation_score)
            SELECT md5('i' || e.id || k)::uuid, e.id, e.site_code, e.participant_id,
                   e.enrolment_date + (ARRAY[0, 3, 7, 10, 14, 17, 45, 70, 95, 120])[k], 'RACEMIC_KETAMINE', 'INTRAVENOUS',
                   CASE WHEN abs(hashtext(e.id::text || k)) % 100 = 0 THEN 0.8 ELSE 0.5 END, 60 + abs(hashtext(e.id::text)) % 40,
                   40, 125, 80, 140 + abs(hashtext(e.id::text || k)) % 50, 95, 90, 93 + k % 6, 10 + k
            FROM enrolment e CROSS JOIN generate_series(1, 10) k
            """)
        .update();
    jdbc.sql(
            """
            INSERT INTO assessment (id, enrolment_id, site_code, participant_id, assessment_date, visit_code, instrument,
                                    total_score)
            SELECT md5('s' || e.id || v.code)::uuid, e.id, e.site_code, e.participant_id, e.enrolment_date + v.target_day,
                   v.code, 'MADRS',
                   greatest(0, 34 - v.ordinal * (2 + abs(hashtext(e.id::text)) % 4) + abs(hashtext(e.id::text || v.code)) % 7)
            FROM enrolment e JOIN study_visit v ON v.study_code = e.study_code AND v.study_version = e.study_version
            WHERE v.episode_kind = 'INDUCTION' AND e.enrolment_date + v.target_day <= date '2026-10-31'
              AND abs(hashtext(v.code || e.id::text)) % 8 <> 0
            """)
        .update();
    jdbc.sql(
            """
            INSERT INTO adverse_event (id, enrolment_id, site_code, participant_id, onset_date, term, special_interest,
                                       severity_grade, serious, relatedness, action_taken, outcome)
            SELECT md5('a' || i.id)::uuid, i.enrolment_id, i.site_code, i.participant_id, i.infusion_date,
                   (ARRAY['NAUSEA','DIZZINESS','HEADACHE','DISSOCIATION','SEDATION','CYSTITIS'])[1 + abs(hashtext(i.id::text)) % 6],
                   abs(hashtext(i.id::text)) % 6 = 5, 1 + abs(hashtext(i.id::text)) % 2, abs(hashtext(i.id::text)) % 97 = 0,
                   'PROBABLE', 'NONE', 'RECOVERED'
            FROM infusion i WHERE abs(hashtext(i.id::text || 'ae')) % 100 < 15
            """)
        .update();
    jdbc.sql(
            """
            INSERT INTO lab_result (id, enrolment_id, site_code, participant_id, result_date, analyte, value, unit,
                                    upper_normal_limit)
            SELECT md5('l' || e.id)::uuid, e.id, e.site_code, e.participant_id, e.enrolment_date, 'ALT',
                   10 + abs(hashtext(e.id::text)) % 40, 'U/L', 45
            FROM enrolment e
            """)
        .update();
    jdbc.sql("ANALYZE").update();
    return jdbc.sql("SELECT count(*) FROM infusion").query(Long.class).single();
  }
}
