package no.followup.registry.batch;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows written straight into the tables the jobs read, so each test states exactly its data. */
public record Fixtures(JdbcClient jdbc) {

  /**
   * A participant enrolled at the site (consent 20 days before), withdrawn on the date if given.
   */
  public UUID enrol(String site, LocalDate enrolled, LocalDate withdrawn) {
    UUID participant = UUID.randomUUID();
    UUID enrolment = UUID.randomUUID();
    String hex = participant.toString().replace("-", "");
    jdbc.sql(
            "INSERT INTO participant (id, pseudonym, sex, birth_year) VALUES (?, ?, 'FEMALE', 1980)")
        .params(participant, hex + hex)
        .update();
    jdbc.sql(
            """
            INSERT INTO enrolment (id, participant_id, site_code, study_code, study_version, indication, enrolment_date,
                                   off_label_informed, registry_consent, consent_date, withdrawal_date, withdrawal_reason)
            VALUES (?, ?, ?, 'KETAMINE-TRD', 1, 'TREATMENT_RESISTANT_DEPRESSION', ?, true, true, ?, ?, ?)
            """)
        .params(
            enrolment,
            participant,
            site,
            enrolled,
            enrolled.minusDays(20),
            withdrawn,
            withdrawn == null ? null : "withdrew")
        .update();
    return enrolment;
  }

  public void discontinue(UUID enrolment, LocalDate date) {
    jdbc.sql(
            "UPDATE enrolment SET discontinuation_date = ?, discontinuation_reason = 'stopped' WHERE id = ?")
        .params(date, enrolment)
        .update();
  }

  /**
   * The next treatment episode from the date, as the application starts it: a discontinuation stays
   * with the episode it ended, and treatment goes on.
   */
  public void nextEpisode(UUID enrolment, String kind, LocalDate start) {
    jdbc.sql(
            """
            INSERT INTO treatment_episode (enrolment_id, number, kind, start_date)
            SELECT ?, max(number) + 1, ?, ? FROM treatment_episode WHERE enrolment_id = ?
            """)
        .params(enrolment, kind, start, enrolment)
        .update();
    jdbc.sql(
            "UPDATE enrolment SET discontinuation_date = NULL, discontinuation_reason = NULL WHERE id = ?")
        .param(enrolment)
        .update();
  }

  /** Follow-up ended by a death of natural causes. */
  public void died(UUID enrolment, LocalDate date) {
    jdbc.sql(
            """
            UPDATE enrolment SET follow_up_end_date = ?, follow_up_end_reason = 'DEATH', death_cause = 'NATURAL'
            WHERE id = ?
            """)
        .params(date, enrolment)
        .update();
  }

  /** A MADRS total of 20 at the visit. */
  public void assess(UUID enrolment, String visit, LocalDate date) {
    assess(enrolment, visit, date, 20);
  }

  public void assess(UUID enrolment, String visit, LocalDate date, int madrs) {
    jdbc.sql(
            """
            INSERT INTO assessment (id, enrolment_id, site_code, participant_id, assessment_date, visit_code, instrument, total_score)
            SELECT ?, e.id, e.site_code, e.participant_id, ?, ?, 'MADRS', ? FROM enrolment e WHERE e.id = ?
            """)
        .params(UUID.randomUUID(), date, visit, madrs, enrolment)
        .update();
  }

  /** An infusion of 0.5 mg/kg with the given vital signs. */
  public UUID infusion(UUID enrolment, LocalDate date, int systolicMax, int spo2Min) {
    return infusion(enrolment, date, 0.5, systolicMax, spo2Min);
  }

  /** An infusion of the given dose with unremarkable vital signs. */
  public UUID infusion(UUID enrolment, LocalDate date, double doseMgPerKg) {
    return infusion(enrolment, date, doseMgPerKg, 130, 97);
  }

  private UUID infusion(
      UUID enrolment, LocalDate date, double doseMgPerKg, int systolicMax, int spo2Min) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO infusion (id, enrolment_id, site_code, participant_id, infusion_date, drug, route, dose_mg_per_kg,
                                  weight_kg, duration_minutes, systolic_max, diastolic_max, spo2_min)
            SELECT ?, e.id, e.site_code, e.participant_id, ?, 'RACEMIC_KETAMINE', 'INTRAVENOUS', ?, 70, 40, ?, 90, ?
            FROM enrolment e WHERE e.id = ?
            """)
        .params(id, date, doseMgPerKg, systolicMax, spo2Min, enrolment)
        .update();
    return id;
  }

  /** An esketamine nasal spray session of the dose in mg: no weight, no duration. */
  public UUID spray(UUID enrolment, LocalDate date, int doseMg) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO infusion (id, enrolment_id, site_code, participant_id, infusion_date, drug, route, dose_mg)
            SELECT ?, e.id, e.site_code, e.participant_id, ?, 'ESKETAMINE', 'INTRANASAL', ? FROM enrolment e WHERE e.id = ?
            """)
        .params(id, date, doseMg, enrolment)
        .update();
    return id;
  }

  /** A grade 3 event. */
  public UUID adverseEvent(
      UUID enrolment, LocalDate onset, String term, boolean specialInterest, boolean serious) {
    return adverseEvent(enrolment, onset, term, specialInterest, 3, serious);
  }

  public UUID adverseEvent(
      UUID enrolment,
      LocalDate onset,
      String term,
      boolean specialInterest,
      int grade,
      boolean serious) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO adverse_event (id, enrolment_id, site_code, participant_id, onset_date, term, special_interest,
                                       severity_grade, serious, relatedness, action_taken, outcome)
            SELECT ?, e.id, e.site_code, e.participant_id, ?, ?, ?, ?, ?, 'POSSIBLE', 'NONE', 'RECOVERING'
            FROM enrolment e WHERE e.id = ?
            """)
        .params(id, onset, term, specialInterest, grade, serious, enrolment)
        .update();
    return id;
  }
}
