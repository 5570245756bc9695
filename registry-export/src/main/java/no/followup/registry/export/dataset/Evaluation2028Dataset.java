package no.followup.registry.export.dataset;

import static no.followup.registry.export.excel.Column.bool;
import static no.followup.registry.export.excel.Column.decimal;
import static no.followup.registry.export.excel.Column.integer;
import static no.followup.registry.export.excel.Column.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.followup.registry.export.excel.Column;
import no.followup.registry.export.excel.ExcelDatasetWriter;
import no.followup.registry.export.pseudonym.ReleasePseudonyms;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The row-level package for the 2028 evaluation. Every row names its enrolment and participant by
 * release pseudonym only; every date is a day count from enrolment; region and site type stand in
 * for the site; age is a ten-year band. Participants who withdrew consent anywhere are left out.
 * Rows stream from a database cursor straight into the streaming workbook.
 */
final class Evaluation2028Dataset {

  private static final String SOURCE = "registry, as submitted by the treating site";

  /** Enrolments in the release: enrolled by the as-of date, no withdrawal of consent. */
  private static final String RELEASED =
      """
      e.enrolment_date <= :asOf
      AND NOT EXISTS (SELECT 1 FROM enrolment w WHERE w.participant_id = e.participant_id AND w.withdrawal_date IS NOT NULL)
      """;

  private static final List<Column> PARTICIPANTS =
      List.of(
          text(
              "participant",
              "Release pseudonym of the person (same across their enrolments)",
              "32 hex characters",
              "derived per release"),
          text(
              "enrolment",
              "Release pseudonym of the enrolment",
              "32 hex characters",
              "derived per release"),
          text(
              "health_region",
              "Health region of the treating site",
              "HELSE_SOR_OST, HELSE_VEST, HELSE_MIDT_NORGE, HELSE_NORD",
              "site register"),
          text(
              "site_type",
              "Type of the treating site",
              "PUBLIC_HOSPITAL, PRIVATE_CLINIC",
              "site register"),
          text("sex", "Sex", "FEMALE, MALE, UNKNOWN", SOURCE),
          text(
              "age_band",
              "Age at enrolment, ten-year band",
              "under 18, 18-29, 30-39, …, 70+",
              "birth year and enrolment year"),
          text("indication", "Indication", "TREATMENT_RESISTANT_DEPRESSION, …", SOURCE),
          text("study", "Study and version", "KETAMINE-TRD v1, …", "study register"),
          integer("consent_day", "Day of registry consent (0 = enrolment)", "days", "≤ 0", SOURCE),
          text(
              "consent_status",
              "Registry consent",
              "CONSENTED (withdrawn consent is never released)",
              SOURCE),
          text(
              "follow_up_status",
              "Follow-up status as of the release date",
              "ACTIVE, DISCONTINUED (treatment ended, follow-up goes on), FOLLOW_UP_ENDED",
              SOURCE),
          integer(
              "discontinuation_day",
              "Day treatment ended (0 = enrolment)",
              "days",
              "empty when active",
              SOURCE),
          text(
              "discontinuation_reason",
              "Why treatment ended",
              "coded reason, empty when active",
              SOURCE),
          integer(
              "follow_up_end_day",
              "Day follow-up ended (0 = enrolment); later visits are not expected",
              "days",
              "empty while followed",
              SOURCE),
          text(
              "follow_up_end_reason",
              "Why follow-up ended",
              "DEATH, LOST_TO_FOLLOW_UP, MOVED_ABROAD, OTHER; empty while followed",
              SOURCE),
          text(
              "death_cause",
              "Cause of death, by category",
              "SUICIDE, OTHER_UNNATURAL, NATURAL, UNKNOWN; only with DEATH",
              SOURCE));

  private static final List<Column> INFUSIONS =
      withPseudonyms(
          List.of(
              integer("day", "Day of the infusion (0 = enrolment)", "days", "≥ 0", SOURCE),
              text("drug", "Drug", "RACEMIC_KETAMINE, ESKETAMINE", SOURCE),
              text("route", "Route", "INTRAVENOUS, INTRANASAL, …", SOURCE),
              decimal(
                  "dose_mg_per_kg",
                  "Dose by weight (IV racemic ketamine)",
                  "mg/kg",
                  "0.01–5; empty for esketamine",
                  SOURCE),
              decimal(
                  "dose_mg",
                  "Dose per session (esketamine nasal spray)",
                  "mg",
                  "28, 56, 84; empty for racemic ketamine",
                  SOURCE),
              decimal(
                  "weight_kg", "Body weight", "kg", "20–350; may be empty for esketamine", SOURCE),
              integer(
                  "duration_minutes",
                  "Infusion duration",
                  "min",
                  "1–600; may be empty for esketamine",
                  SOURCE),
              integer("systolic_before", "Systolic blood pressure before", "mmHg", "", SOURCE),
              integer("diastolic_before", "Diastolic blood pressure before", "mmHg", "", SOURCE),
              integer("systolic_max", "Highest systolic blood pressure during", "mmHg", "", SOURCE),
              integer(
                  "diastolic_max", "Highest diastolic blood pressure during", "mmHg", "", SOURCE),
              integer("heart_rate_max", "Highest heart rate during", "beats/min", "", SOURCE),
              integer("spo2_min", "Lowest oxygen saturation during", "%", "0–100", SOURCE),
              integer(
                  "dissociation_score", "Dissociation score (CADSS)", "points", "0–92", SOURCE)));

  private static final List<Column> ASSESSMENTS =
      withPseudonyms(
          List.of(
              integer("day", "Day of the assessment (0 = enrolment)", "days", "", SOURCE),
              text(
                  "visit",
                  "Visit of the study schedule",
                  "BASELINE, MIDWAY, END_OF_INDUCTION, MONTH_1, …",
                  SOURCE),
              text("instrument", "Instrument", "MADRS (0–60), PHQ9 (0–27)", SOURCE),
              integer("total_score", "Total score", "points", "MADRS 0–60, PHQ9 0–27", SOURCE),
              text(
                  "items",
                  "Item scores in order, separated by ;",
                  "MADRS items 0–6, PHQ9 items 0–3",
                  SOURCE)));

  private static final List<Column> ADVERSE_EVENTS =
      withPseudonyms(
          List.of(
              integer("onset_day", "Day of onset (0 = enrolment)", "days", "", SOURCE),
              text("term", "Adverse event term", "NAUSEA, CYSTITIS, …", SOURCE),
              bool(
                  "special_interest",
                  "Of special interest (bladder, liver, psychosis, misuse, …)",
                  SOURCE),
              integer("severity_grade", "Severity grade (CTCAE)", "", "1–5", SOURCE),
              bool("serious", "Serious adverse event", SOURCE),
              text(
                  "relatedness",
                  "Relation to ketamine",
                  "UNRELATED, UNLIKELY, POSSIBLE, PROBABLE, CERTAIN",
                  SOURCE),
              text("action_taken", "Action taken", "NONE, DOSE_REDUCED, …", SOURCE),
              text("outcome", "Outcome", "RECOVERED, RECOVERING, …", SOURCE)));

  private static final List<Column> LAB_RESULTS =
      withPseudonyms(
          List.of(
              integer("day", "Day of the sample (0 = enrolment)", "days", "", SOURCE),
              text("analyte", "Analyte", "ALT, AST, GGT, …", SOURCE),
              decimal("value", "Value", "see unit", "≥ 0", SOURCE),
              text("unit", "Unit", "", SOURCE),
              decimal("upper_normal_limit", "Upper limit of normal", "see unit", "> 0", SOURCE)));

  /** Every data sheet of the dataset, as its codebook describes them. */
  static final List<CodebookSheet> CODEBOOK =
      List.of(
          new CodebookSheet("participants", PARTICIPANTS),
          new CodebookSheet("infusions", INFUSIONS),
          new CodebookSheet("assessments", ASSESSMENTS),
          new CodebookSheet("adverse_events", ADVERSE_EVENTS),
          new CodebookSheet("lab_results", LAB_RESULTS));

  private final NamedParameterJdbcTemplate jdbc;
  private final ReleasePseudonyms pseudonyms;
  private final LocalDate asOf;

  Evaluation2028Dataset(
      NamedParameterJdbcTemplate jdbc, ReleasePseudonyms pseudonyms, LocalDate asOf) {
    this.jdbc = jdbc;
    this.pseudonyms = pseudonyms;
    this.asOf = asOf;
  }

  void write(ExcelDatasetWriter out) {
    participants(out);
    records(
        out,
        "infusions",
        INFUSIONS,
        """
        SELECT r.enrolment_id, r.participant_id, r.infusion_date - e.enrolment_date AS day, r.drug, r.route,
               r.dose_mg_per_kg, r.dose_mg, r.weight_kg, r.duration_minutes, r.systolic_before, r.diastolic_before,
               r.systolic_max, r.diastolic_max, r.heart_rate_max, r.spo2_min, r.dissociation_score
        FROM infusion r JOIN enrolment e ON e.id = r.enrolment_id
        WHERE r.infusion_date <= :asOf AND %s ORDER BY r.enrolment_id, r.infusion_date, r.id
        """);
    records(
        out,
        "assessments",
        ASSESSMENTS,
        """
        SELECT r.enrolment_id, r.participant_id, r.assessment_date - e.enrolment_date AS day, r.visit_code,
               r.instrument, r.total_score, array_to_string(r.items, ';') AS items
        FROM assessment r JOIN enrolment e ON e.id = r.enrolment_id
        WHERE r.assessment_date <= :asOf AND %s ORDER BY r.enrolment_id, r.assessment_date, r.id
        """);
    records(
        out,
        "adverse_events",
        ADVERSE_EVENTS,
        """
        SELECT r.enrolment_id, r.participant_id, r.onset_date - e.enrolment_date AS onset_day, r.term,
               r.special_interest, r.severity_grade, r.serious, r.relatedness, r.action_taken, r.outcome
        FROM adverse_event r JOIN enrolment e ON e.id = r.enrolment_id
        WHERE r.onset_date <= :asOf AND %s ORDER BY r.enrolment_id, r.onset_date, r.id
        """);
    records(
        out,
        "lab_results",
        LAB_RESULTS,
        """
        SELECT r.enrolment_id, r.participant_id, r.result_date - e.enrolment_date AS day, r.analyte, r.value,
               r.unit, r.upper_normal_limit
        FROM lab_result r JOIN enrolment e ON e.id = r.enrolment_id
        WHERE r.result_date <= :asOf AND %s ORDER BY r.enrolment_id, r.result_date, r.id
        """);
  }

  private void participants(ExcelDatasetWriter out) {
    ExcelDatasetWriter.SheetOut sheet = out.sheet("participants", PARTICIPANTS);
    jdbc.query(
        """
            SELECT e.id AS enrolment_id, e.participant_id, s.region, s.site_type, p.sex,
                   extract(year FROM e.enrolment_date)::int - p.birth_year AS age, e.indication,
                   e.study_code || ' v' || e.study_version AS study, e.consent_date - e.enrolment_date AS consent_day,
                   CASE WHEN e.discontinuation_date <= :asOf THEN e.discontinuation_date - e.enrolment_date END
                       AS discontinuation_day,
                   CASE WHEN e.discontinuation_date <= :asOf THEN e.discontinuation_reason END AS discontinuation_reason,
                   CASE WHEN e.follow_up_end_date <= :asOf THEN e.follow_up_end_date - e.enrolment_date END
                       AS follow_up_end_day,
                   CASE WHEN e.follow_up_end_date <= :asOf THEN e.follow_up_end_reason END AS follow_up_end_reason,
                   CASE WHEN e.follow_up_end_date <= :asOf THEN e.death_cause END AS death_cause
            FROM enrolment e JOIN participant p ON p.id = e.participant_id JOIN site s ON s.code = e.site_code
            WHERE %s ORDER BY e.id
            """
            .formatted(RELEASED),
        Map.of("asOf", asOf),
        rs -> {
          Object discontinued = rs.getObject("discontinuation_day");
          Object ended = rs.getObject("follow_up_end_day");
          sheet.row(
              pseudonyms.of(rs.getObject("participant_id", UUID.class)),
              pseudonyms.of(rs.getObject("enrolment_id", UUID.class)),
              rs.getString("region"),
              rs.getString("site_type"),
              rs.getString("sex"),
              ageBand(rs.getInt("age")),
              rs.getString("indication"),
              rs.getString("study"),
              rs.getInt("consent_day"),
              "CONSENTED",
              ended != null ? "FOLLOW_UP_ENDED" : discontinued == null ? "ACTIVE" : "DISCONTINUED",
              discontinued,
              rs.getString("discontinuation_reason"),
              ended,
              rs.getString("follow_up_end_reason"),
              rs.getString("death_cause"));
        });
  }

  /** A record sheet's columns: the participant and enrolment pseudonyms, then its own. */
  private static List<Column> withPseudonyms(List<Column> columns) {
    List<Column> all =
        new java.util.ArrayList<>(
            List.of(
                text(
                    "participant",
                    "Release pseudonym of the person",
                    "32 hex characters",
                    "derived per release"),
                text(
                    "enrolment",
                    "Release pseudonym of the enrolment",
                    "32 hex characters",
                    "derived per release")));
    all.addAll(columns);
    return List.copyOf(all);
  }

  /**
   * A record sheet: the enrolment and participant pseudonyms, then the query's columns from its
   * third on.
   */
  private void records(ExcelDatasetWriter out, String name, List<Column> all, String query) {
    ExcelDatasetWriter.SheetOut sheet = out.sheet(name, all);
    jdbc.query(
        query.formatted(RELEASED),
        Map.of("asOf", asOf),
        rs -> {
          Object[] row = new Object[all.size()];
          row[0] = pseudonyms.of(rs.getObject("participant_id", UUID.class));
          row[1] = pseudonyms.of(rs.getObject("enrolment_id", UUID.class));
          for (int i = 2; i < row.length; i++) {
            row[i] = rs.getObject(i + 1);
          }
          sheet.row(row);
        });
  }

  static String ageBand(int age) {
    if (age < 18) {
      return "under 18";
    }
    if (age >= 70) {
      return "70+";
    }
    if (age < 30) {
      return "18-29";
    }
    int decade = age / 10 * 10;
    return decade + "-" + (decade + 9);
  }
}
