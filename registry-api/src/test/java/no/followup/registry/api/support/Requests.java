package no.followup.registry.api.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.followup.registry.cohort.NationalIdNumbers;

/** Request bodies as a site sends them, valid unless a test changes a field. */
public final class Requests {

  public static final LocalDate ENROLLED = LocalDate.of(2026, 9, 1);

  private Requests() {}

  /** An enrolment of a new synthetic person (a new participant every call). */
  public static Map<String, Object> enrolment() {
    NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
    return enrolment(person.digits(), person.birthYear());
  }

  public static Map<String, Object> enrolment(String nationalId, int birthYear) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nationalId", nationalId);
    body.put("studyCode", "KETAMINE-TRD");
    body.put("enrolmentDate", ENROLLED.toString());
    body.put("indication", "TREATMENT_RESISTANT_DEPRESSION");
    // Sent as a hospital system would; it must agree with the number (odd individual digit: male).
    body.put("sex", (nationalId.charAt(8) - '0') % 2 == 1 ? "MALE" : "FEMALE");
    body.put("birthYear", birthYear);
    body.put(
        "consent",
        Map.of(
            "offLabelInformed",
            true,
            "registryConsent",
            true,
            "consentDate",
            ENROLLED.minusDays(2).toString()));
    return body;
  }

  public static Map<String, Object> infusion(LocalDate date) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("date", date.toString());
    body.put("drug", "RACEMIC_KETAMINE");
    body.put("doseMgPerKg", 0.5);
    body.put("weightKg", 72.5);
    body.put("durationMinutes", 40);
    body.put(
        "vitals",
        Map.of(
            "systolicBefore",
            128,
            "diastolicBefore",
            82,
            "systolicMax",
            150,
            "diastolicMax",
            94,
            "heartRateMax",
            96,
            "spo2Min",
            97));
    body.put("dissociationScore", 18);
    return body;
  }

  public static Map<String, Object> assessment(String visit, LocalDate date, int total) {
    return new LinkedHashMap<>(
        Map.of(
            "date", date.toString(), "visit", visit, "instrument", "MADRS", "totalScore", total));
  }

  public static Map<String, Object> madrsItems(String visit, LocalDate date, List<Integer> items) {
    return new LinkedHashMap<>(
        Map.of("date", date.toString(), "visit", visit, "instrument", "MADRS", "items", items));
  }

  public static Map<String, Object> adverseEvent(String term, int grade, boolean serious) {
    return new LinkedHashMap<>(
        Map.of(
            "onsetDate",
            ENROLLED.plusDays(3).toString(),
            "term",
            term,
            "severityGrade",
            grade,
            "serious",
            serious,
            "relatedness",
            "POSSIBLE",
            "action",
            "NONE",
            "outcome",
            "RECOVERED"));
  }

  public static Map<String, Object> labResult(
      String analyte, double value, String unit, Double upperNormalLimit) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("date", ENROLLED.plusDays(20).toString());
    body.put("analyte", analyte);
    body.put("value", value);
    body.put("unit", unit);
    body.put("upperNormalLimit", upperNormalLimit);
    return body;
  }

  /** An enrolment of a new synthetic person on the date, consent given two days before. */
  public static Map<String, Object> enrolmentOn(LocalDate date) {
    Map<String, Object> body = with(enrolment(), "enrolmentDate", date.toString());
    body.put(
        "consent",
        Map.of(
            "offLabelInformed",
            true,
            "registryConsent",
            true,
            "consentDate",
            date.minusDays(2).toString()));
    return body;
  }

  /** The same body with one field replaced (or added). */
  public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(body);
    copy.put(field, value);
    return copy;
  }
}
