package no.followup.registry.export.dataset;

import static no.followup.registry.export.excel.Column.bool;
import static no.followup.registry.export.excel.Column.coded;
import static no.followup.registry.export.excel.Column.decimal;
import static no.followup.registry.export.excel.Column.integer;
import static no.followup.registry.export.excel.Column.text;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.followup.registry.domain.lab.Analyte;
import no.followup.registry.domain.participant.Discontinuation;
import no.followup.registry.domain.participant.Eligibility;
import no.followup.registry.domain.participant.FollowUpEnd;
import no.followup.registry.domain.participant.Indication;
import no.followup.registry.domain.participant.Sex;
import no.followup.registry.domain.safety.ActionTaken;
import no.followup.registry.domain.safety.AdverseEventOutcome;
import no.followup.registry.domain.safety.Relatedness;
import no.followup.registry.domain.site.SiteType;
import no.followup.registry.domain.study.EpisodeKind;
import no.followup.registry.domain.treatment.Drug;
import no.followup.registry.domain.treatment.Route;
import no.followup.registry.export.disclosure.KAnonymity;
import no.followup.registry.export.excel.Column;
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

  private static final String DERIVED =
      "derived by the registry from the MADRS scores, as the national aggregation counts them";

  private static final String SUPPRESSED =
      "suppressed so that every combination of the released quasi-identifiers holds at least k"
          + " people (see README)";

  /**
   * Enrolments in the release: of the project's study, enrolled in its period and by the as-of
   * date, no withdrawal of consent.
   */
  private static final String RELEASED =
      """
      e.enrolment_date <= :asOf AND e.study_code = :study AND e.enrolment_date BETWEEN :from AND :to
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
                  "Health region of the treating site; regions with fewer than three sites in the"
                      + " release are merged",
                  "HELSE_SOR_OST, HELSE_VEST, HELSE_MIDT_NORGE, HELSE_NORD, or several joined"
                      + " with +",
                  "site register")
              .orMarker(KAnonymity.SUPPRESSED, SUPPRESSED),
          text(
                  "site_type",
                  "Type of the treating site; ANY where a type would single out fewer than"
                      + " three sites of the region",
                  String.join(", ", Column.codesOf(SiteType.class)) + ", ANY",
                  "site register")
              .orMarker(KAnonymity.SUPPRESSED, SUPPRESSED),
          coded("sex", "Sex", Sex.class, "", SOURCE).orMarker(KAnonymity.SUPPRESSED, SUPPRESSED),
          text(
                  "age_band",
                  "Age at enrolment, ten-year band",
                  "under 18, 18-29, 30-39, …, 70+",
                  "birth year and enrolment year")
              .orMarker(KAnonymity.SUPPRESSED, SUPPRESSED),
          coded("indication", "Indication", Indication.class, "", SOURCE)
              .orMarker(KAnonymity.SUPPRESSED, SUPPRESSED),
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
          coded(
              "discontinuation_reason",
              "Why treatment ended",
              Discontinuation.Reason.class,
              "empty when active",
              SOURCE),
          integer(
              "follow_up_end_day",
              "Day follow-up ended (0 = enrolment); later visits are not expected",
              "days",
              "empty while followed",
              SOURCE),
          coded(
              "follow_up_end_reason",
              "Why follow-up ended",
              FollowUpEnd.Reason.class,
              "empty while followed",
              SOURCE),
          coded(
              "death_cause",
              "Cause of death, by category",
              FollowUpEnd.DeathCause.class,
              "only with DEATH",
              SOURCE),
          integer(
              "response_day",
              "Day of the first response (0 = enrolment): the first MADRS at a later visit at least"
                  + " 50 % below a positive baseline",
              "days",
              "empty without a response",
              DERIVED),
          integer(
              "relapse_day",
              "Day of relapse after that response: the first later MADRS that is no longer a"
                  + " response and at least the study version's relapse threshold (KETAMINE-TRD: 22)",
              "days",
              "empty without a relapse",
              DERIVED),
          integer(
              "last_madrs_day",
              "Day of the last MADRS as of the release date: where response without relapse is"
                  + " censored",
              "days",
              "empty without a response",
              DERIVED),
          integer(
              "antidepressant_trials",
              "Adequate antidepressant trials before ketamine, at the pre-assessment",
              "trials",
              "0–30; empty where the site gave no pre-assessment",
              SOURCE),
          bool("prior_ect", "ECT before ketamine, at the pre-assessment", SOURCE),
          coded(
              "substance_use",
              "Substance use disorder at the pre-assessment",
              Eligibility.SubstanceUse.class,
              "empty where the site gave no pre-assessment",
              SOURCE),
          bool("benzodiazepines", "Takes benzodiazepines, at the pre-assessment", SOURCE),
          bool("opioids", "Takes opioids, at the pre-assessment", SOURCE),
          bool("other_sedatives", "Takes other sedating drugs, at the pre-assessment", SOURCE),
          integer(
              "pre_assessment_systolic",
              "Systolic blood pressure at the pre-assessment",
              "mmHg",
              "60–260",
              SOURCE),
          integer(
              "pre_assessment_diastolic",
              "Diastolic blood pressure at the pre-assessment",
              "mmHg",
              "30–160",
              SOURCE));

  private static final String COURSE =
      "derived by the registry from the episodes the site started and ended, as the national"
          + " aggregation counts them";

  private static final List<Column> TREATMENT_EPISODES =
      withPseudonyms(
          List.of(
              integer(
                  "episode",
                  "Number of the episode in the enrolment's treatment course",
                  "",
                  "1 = the induction series, then 2, 3, …",
                  SOURCE),
              coded("kind", "Kind of episode", EpisodeKind.class, "", SOURCE),
              integer("start_day", "Day the episode began (0 = enrolment)", "days", "≥ 0", SOURCE),
              integer(
                  "end_day",
                  "Last day of the episode (0 = enrolment): its discontinuation, or the day before"
                      + " the next episode began, by the release date",
                  "days",
                  "empty while it goes on",
                  COURSE),
              coded(
                  "discontinuation_reason",
                  "Why treatment was discontinued in the episode",
                  Discontinuation.Reason.class,
                  "empty unless discontinued",
                  SOURCE),
              integer(
                  "sessions",
                  "Treatment sessions (infusions or nasal sprays) given within the episode by the"
                      + " release date",
                  "sessions",
                  "≥ 0",
                  COURSE),
              integer(
                  "baseline_madrs",
                  "The MADRS the episode's response is measured against: a series' own baseline"
                      + " visit (BASELINE, RT_BASELINE); for maintenance, that of the series it"
                      + " maintains",
                  "points",
                  "empty without a baseline score",
                  DERIVED),
              integer(
                  "response_day",
                  "Day of the episode's first response (0 = enrolment): the first MADRS of the"
                      + " episode at least 50 % below its baseline",
                  "days",
                  "empty without a response",
                  DERIVED),
              integer(
                  "relapse_day",
                  "Day of relapse after that response: the first later MADRS of the episode that"
                      + " is no longer a response and at least the study version's relapse"
                      + " threshold (KETAMINE-TRD: 22)",
                  "days",
                  "empty without a relapse",
                  DERIVED),
              integer(
                  "last_madrs_day",
                  "Day of the episode's last MADRS as of the release date: where its response"
                      + " without relapse is censored",
                  "days",
                  "empty without a response",
                  DERIVED)));

  private static final List<Column> INFUSIONS =
      withPseudonyms(
          List.of(
              integer("day", "Day of the infusion (0 = enrolment)", "days", "≥ 0", SOURCE),
              coded("drug", "Drug", Drug.class, "", SOURCE),
              coded("route", "Route", Route.class, "", SOURCE),
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
              integer(
                  "weight_band_kg",
                  "Body weight in 5 kg bands, by the band's lower bound (70 = 70 to under 75 kg);"
                      + " coarsened so that a weight cannot link rows across releases",
                  "kg",
                  "20–345 in steps of 5; may be empty for esketamine",
                  SOURCE),
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

  private static final int MADRS_ITEMS = 10;
  private static final int PHQ9_ITEMS = 9;

  /**
   * The urinary-symptom questionnaire (migration V37): frequency, urgency, nocturia, pain on
   * passing urine, bladder pain, blood in urine.
   */
  private static final int URINARY_ITEMS = 6;

  private static final List<Column> ASSESSMENTS =
      withPseudonyms(
          concat(
              List.of(
                  integer("day", "Day of the assessment (0 = enrolment)", "days", "", SOURCE),
                  integer(
                      "episode",
                      "Number of the treatment episode whose schedule the visit belongs to"
                          + " (treatment_episodes.episode): the latest episode of the visit's kind"
                          + " begun by the assessment, counting the visit's window before its target"
                          + " day",
                      "",
                      "≥ 1",
                      SOURCE),
                  text(
                      "visit",
                      "Visit of the study schedule of the episode's kind: the induction's"
                          + " (BASELINE, MIDWAY, END_OF_INDUCTION, MONTH_1 …), a new series' (RT_…),"
                          + " maintenance's (MT_…)",
                      "BASELINE, MIDWAY, END_OF_INDUCTION, MONTH_1, …, RT_BASELINE, …, MT_START, …",
                      SOURCE),
                  text(
                      "instrument",
                      "Instrument",
                      "MADRS (0–60), PHQ9 (0–27), URINARY (urinary symptoms, 0–18)",
                      SOURCE),
                  integer(
                      "total_score",
                      "Total score",
                      "points",
                      "MADRS 0–60, PHQ9 0–27, URINARY 0–18",
                      SOURCE)),
              items("MADRS", MADRS_ITEMS, "0–6"),
              items("PHQ9", PHQ9_ITEMS, "0–3"),
              items("URINARY", URINARY_ITEMS, "0–3")));

  /** The item columns of an instrument: one per item, empty for other instruments' rows. */
  private static List<Column> items(String instrument, int count, String range) {
    List<Column> columns = new java.util.ArrayList<>();
    for (int item = 1; item <= count; item++) {
      columns.add(
          integer(
              instrument.toLowerCase(java.util.Locale.ROOT) + "_item_" + item,
              instrument + " item " + item + " score, when items were reported",
              "points",
              range + "; empty for other instruments or a total alone",
              SOURCE));
    }
    return columns;
  }

  /** The select list of an instrument's item columns, in the order {@link #items} names them. */
  private static String itemSelects(String instrument, int count) {
    StringBuilder select = new StringBuilder();
    for (int item = 1; item <= count; item++) {
      select.append(
          ", CASE WHEN r.instrument = '%s' THEN r.items[%d] END AS %s_item_%d"
              .formatted(instrument, item, instrument.toLowerCase(java.util.Locale.ROOT), item));
    }
    return select.toString();
  }

  @SafeVarargs
  private static List<Column> concat(List<Column>... parts) {
    return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
  }

  private static final List<Column> ADVERSE_EVENTS =
      withPseudonyms(
          List.of(
              integer("onset_day", "Day of onset (0 = enrolment)", "days", "", SOURCE),
              text(
                  "term",
                  "Adverse event term: a code of the participant's study version's list, which"
                      + " names each term in bokmål and English (study data, like its visits)",
                  "e.g. NAUSEA, CYSTITIS, PSYCHOSIS, OTHER",
                  SOURCE),
              bool(
                  "special_interest",
                  "Of special interest (bladder, liver, psychosis, misuse, …)",
                  SOURCE),
              integer("severity_grade", "Severity grade (CTCAE)", "", "1–5", SOURCE),
              bool("serious", "Serious adverse event", SOURCE),
              coded("relatedness", "Relation to ketamine", Relatedness.class, "", SOURCE),
              coded("action_taken", "Action taken", ActionTaken.class, "", SOURCE),
              coded("outcome", "Outcome", AdverseEventOutcome.class, "", SOURCE)));

  private static final List<Column> LAB_RESULTS =
      withPseudonyms(
          List.of(
              integer("day", "Day of the sample (0 = enrolment)", "days", "", SOURCE),
              coded("analyte", "Analyte", Analyte.class, "", SOURCE),
              decimal("value", "Value", "see unit", "≥ 0", SOURCE),
              text("unit", "Unit", "", SOURCE),
              decimal("upper_normal_limit", "Upper limit of normal", "see unit", "> 0", SOURCE)));

  /** Every data sheet of the dataset, as its codebook describes them. */
  static final List<CodebookSheet> CODEBOOK =
      List.of(
          new CodebookSheet("participants", PARTICIPANTS),
          new CodebookSheet("treatment_episodes", TREATMENT_EPISODES),
          new CodebookSheet("infusions", INFUSIONS),
          new CodebookSheet("assessments", ASSESSMENTS),
          new CodebookSheet("adverse_events", ADVERSE_EVENTS),
          new CodebookSheet("lab_results", LAB_RESULTS));

  /** The columns every released sheet starts with. */
  static final Set<String> PSEUDONYMS = Set.of("participant", "enrolment");

  /** The participants' states, worked out for the release rather than read. */
  private static final Set<String> STATES = Set.of("consent_status", "follow_up_status");

  /**
   * The participants' columns the query answers by name: all but the pseudonyms, the quasi-
   * identifiers (as the k-anonymity check released them) and the states.
   */
  private static final List<String> FROM_THE_QUERY =
      PARTICIPANTS.stream()
          .map(Column::name)
          .filter(
              name ->
                  !PSEUDONYMS.contains(name)
                      && !QuasiIdentifiers.COLUMNS.contains(name)
                      && !STATES.contains(name))
          .toList();

  private final NamedParameterJdbcTemplate jdbc;
  private final ReleasePseudonyms pseudonyms;
  private final ReleaseScope scope;
  private final Map<String, Object> parameters;
  private final Map<UUID, String> released = new HashMap<>();
  private final int minimumClass;
  private QuasiIdentifiers quasiIdentifiers;

  Evaluation2028Dataset(
      NamedParameterJdbcTemplate jdbc,
      ReleasePseudonyms pseudonyms,
      LocalDate asOf,
      ReleaseScope scope,
      int minimumClass) {
    this.minimumClass = minimumClass;
    this.jdbc = jdbc;
    this.pseudonyms = pseudonyms;
    this.scope = scope;
    this.parameters =
        Map.of(
            "asOf", asOf,
            "study", scope.studyCode(),
            "from", scope.enrolledFrom(),
            "to", scope.enrolledTo());
  }

  /** What the k-anonymity check of the written release found, for its README. */
  String kAnonymity() {
    return quasiIdentifiers.note();
  }

  /** The participants written, each with their pseudonym in this release. */
  Map<UUID, String> released() {
    return Map.copyOf(released);
  }

  void write(ReleaseTables out) {
    participants(out);
    records(
        out,
        "treatment_episodes",
        TREATMENT_EPISODES,
        """
        SELECT e.id AS enrolment_id, e.participant_id, t.number AS episode, t.kind, t.start_date - e.enrolment_date AS start_day,
               t.ended - e.enrolment_date AS end_day, t.discontinuation_reason, t.sessions, c.baseline AS baseline_madrs,
               c.responded - e.enrolment_date AS response_day, c.relapsed - e.enrolment_date AS relapse_day,
               CASE WHEN c.responded IS NOT NULL THEN c.last_seen - e.enrolment_date END AS last_madrs_day
        FROM treatment_episodes(:asOf, CAST(NULL AS text)) t JOIN enrolment e ON e.id = t.enrolment_id
        LEFT JOIN episode_response_course(:asOf, CAST(NULL AS text)) c
               ON c.enrolment_id = t.enrolment_id AND c.episode = t.number
        WHERE %s ORDER BY e.id, t.number
        """);
    records(
        out,
        "infusions",
        INFUSIONS,
        """
        SELECT r.enrolment_id, r.participant_id, r.infusion_date - e.enrolment_date AS day, r.drug, r.route,
               r.dose_mg_per_kg, r.dose_mg, (floor(r.weight_kg / 5) * 5)::int AS weight_band_kg, r.duration_minutes, r.systolic_before, r.diastolic_before,
               r.systolic_max, r.diastolic_max, r.heart_rate_max, r.spo2_min, r.dissociation_score
        FROM infusion r JOIN enrolment e ON e.id = r.enrolment_id
        WHERE r.infusion_date <= :asOf AND %s ORDER BY r.enrolment_id, r.infusion_date, r.id
        """);
    records(
        out,
        "assessments",
        ASSESSMENTS,
        """
        SELECT r.enrolment_id, r.participant_id, r.assessment_date - e.enrolment_date AS day, r.episode,
               r.visit_code AS visit,
               r.instrument, r.total_score%s
        FROM assessment r JOIN enrolment e ON e.id = r.enrolment_id
        WHERE r.assessment_date <= :asOf AND %%s ORDER BY r.enrolment_id, r.assessment_date, r.id
        """
            .formatted(
                itemSelects("MADRS", MADRS_ITEMS)
                    + itemSelects("PHQ9", PHQ9_ITEMS)
                    + itemSelects("URINARY", URINARY_ITEMS)));
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

  private void participants(ReleaseTables out) {
    quasiIdentifiers =
        new QuasiIdentifiers(jdbc, RELEASED, parameters, scope.variables(), minimumClass);
    SelectedColumns selected = new SelectedColumns("participants", PARTICIPANTS, scope.variables());
    ReleaseTables.Table sheet =
        selected.released() ? out.table("participants", selected.columns()) : null;
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
                   CASE WHEN e.follow_up_end_date <= :asOf THEN e.death_cause END AS death_cause,
                   c.responded - e.enrolment_date AS response_day, c.relapsed - e.enrolment_date AS relapse_day,
                   c.last_seen - e.enrolment_date AS last_madrs_day, e.eligibility_antidepressant_trials AS antidepressant_trials,
                   e.eligibility_prior_ect AS prior_ect, e.eligibility_substance_use AS substance_use, e.eligibility_benzodiazepines AS benzodiazepines,
                   e.eligibility_opioids AS opioids, e.eligibility_other_sedatives AS other_sedatives, e.eligibility_systolic AS pre_assessment_systolic,
                   e.eligibility_diastolic AS pre_assessment_diastolic
            FROM enrolment e JOIN participant p ON p.id = e.participant_id JOIN site s ON s.code = e.site_code
            LEFT JOIN response_course(:asOf, CAST(NULL AS text)) c ON c.enrolment_id = e.id
            WHERE %s ORDER BY e.id
            """
            .formatted(RELEASED),
        parameters,
        rs -> {
          UUID participant = rs.getObject("participant_id", UUID.class);
          String pseudonym = released.computeIfAbsent(participant, pseudonyms::of);
          if (sheet == null) {
            return;
          }
          Object discontinued = rs.getObject("discontinuation_day");
          Object ended = rs.getObject("follow_up_end_day");
          UUID enrolment = rs.getObject("enrolment_id", UUID.class);
          Map<String, Object> row = new HashMap<>();
          row.put("participant", pseudonym);
          row.put("enrolment", pseudonyms.of(enrolment));
          for (String identifier : QuasiIdentifiers.COLUMNS) {
            row.put(identifier, quasiIdentifiers.of(enrolment, identifier));
          }
          row.put("consent_status", "CONSENTED");
          row.put(
              "follow_up_status",
              ended != null ? "FOLLOW_UP_ENDED" : discontinued == null ? "ACTIVE" : "DISCONTINUED");
          for (String column : FROM_THE_QUERY) {
            row.put(column, rs.getObject(column));
          }
          sheet.row(selected.pick(row));
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
   * A record sheet: the participant and enrolment pseudonyms, then each column's value from the
   * query's column of the same name (a column the query lacks fails the release, never shifts it).
   */
  private void records(ReleaseTables out, String name, List<Column> all, String query) {
    SelectedColumns selected = new SelectedColumns(name, all, scope.variables());
    if (!selected.released()) {
      return;
    }
    ReleaseTables.Table sheet = out.table(name, selected.columns());
    jdbc.query(
        query.formatted(RELEASED),
        parameters,
        rs -> {
          Map<String, Object> row = new HashMap<>();
          row.put("participant", pseudonyms.of(rs.getObject("participant_id", UUID.class)));
          row.put("enrolment", pseudonyms.of(rs.getObject("enrolment_id", UUID.class)));
          for (Column column : all.subList(PSEUDONYMS.size(), all.size())) {
            row.put(column.name(), rs.getObject(column.name()));
          }
          sheet.row(selected.pick(row));
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
