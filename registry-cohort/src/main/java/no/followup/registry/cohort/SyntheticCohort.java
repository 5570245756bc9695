package no.followup.registry.cohort;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A synthetic national cohort after the domain brief, deterministic by seed: participant {@code i}
 * is always the same person with the same history, whatever order they are generated in. About 6
 * induction infusions at 0.5 mg/kg over 40 minutes (some titrated, a few past the protocol's
 * limits), baseline MADRS around 32, about half responding by the end of induction, relapse over
 * months, maintenance for some (IV boosters or esketamine spray, as a maintenance episode), a new
 * series for some after treatment ended, frequent mild common adverse events and rare
 * special-interest ones, late and missed visits, withdrawals, discontinuations and deaths, and the
 * slips real sites make (a session without its blood pressure, a weight typed wrong, a MADRS
 * entered against the wrong date) for the data-quality job to find. Every national ID number is
 * synthetic (month + 80), so no real person's number is ever made.
 */
public final class SyntheticCohort {

  /** The seven sites of the registry and their share of the patients. */
  public static final List<String> SITES =
      List.of("OUS", "SOHF", "KKO", "HUS", "SUS", "STO", "UNN");

  private static final int[] SITE_SHARE = {25, 10, 15, 18, 10, 14, 8};
  private static final LocalDate FIRST_ENROLMENT = LocalDate.of(2024, 9, 2);

  /** Visit, target day from enrolment, days before and after it the window allows. */
  private record Visit(String code, int day, int before, int after) {}

  private static final List<Visit> FOLLOW_UPS =
      List.of(
          new Visit("MONTH_1", 51, 7, 7),
          new Visit("MONTH_3", 112, 14, 14),
          new Visit("MONTH_6", 203, 21, 21),
          new Visit("MONTH_12", 386, 30, 30),
          new Visit("MONTH_24", 751, 45, 45));

  /** A maintenance episode's visits, from its first session. */
  private static final List<Visit> MAINTENANCE_VISITS =
      List.of(
          new Visit("MT_MONTH_3", 91, 14, 14),
          new Visit("MT_MONTH_6", 182, 21, 21),
          new Visit("MT_MONTH_12", 365, 30, 30),
          new Visit("MT_MONTH_24", 730, 45, 45));

  /** A new series' visits after its end, from its first infusion. */
  private static final List<Visit> NEW_SERIES_FOLLOW_UPS =
      List.of(new Visit("RT_MONTH_1", 51, 7, 7), new Visit("RT_MONTH_3", 112, 14, 14));

  private static final String[] COMMON_EVENTS = {
    "NAUSEA",
    "DIZZINESS",
    "HEADACHE",
    "DISSOCIATION",
    "SEDATION",
    "BLURRED_VISION",
    "BLOOD_PRESSURE_INCREASED",
    "FATIGUE",
    "PERCEPTUAL_CHANGES"
  };

  private final long seed;
  private final int size;
  private final LocalDate lastDay;

  /**
   * @param lastDay the last day any record may carry (yesterday, when loading into a live registry)
   */
  public SyntheticCohort(long seed, int size, LocalDate lastDay) {
    if (size < 1) {
      throw new IllegalArgumentException("a cohort has at least one participant");
    }
    this.seed = seed;
    this.size = size;
    this.lastDay = lastDay;
  }

  public int size() {
    return size;
  }

  /** The site participant {@code i} is treated at. */
  public String siteOf(int i) {
    int slot = Math.floorMod(mix(i) >>> 7, 100);
    for (int s = 0; s < SITE_SHARE.length; s++) {
      slot -= SITE_SHARE[s];
      if (slot < 0) {
        return SITES.get(s);
      }
    }
    return SITES.get(0);
  }

  /**
   * Participant {@code i}'s enrolment and records, in the order a site submits them, each a bulk
   * line: {@code type}, {@code ref}, {@code nationalId} (records) and {@code data}.
   */
  public List<Map<String, Object>> participant(int i) {
    return new History(i).lines();
  }

  private long mix(int i) {
    long z = seed + 0x9E3779B97F4A7C15L * (i + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** One person's course, drawn from their own random stream. */
  private final class History {

    private final int index;
    private final SplittableRandom random;

    /**
     * Draws for what came later (episodes, slips) apart from {@link #random}, so that adding them
     * left every earlier history as it was.
     */
    private final SplittableRandom later;

    private final String nationalId;
    private final LocalDate enrolled;
    private final LocalDate end;
    private final int consentDaysBefore;
    private final List<Map<String, Object>> lines = new ArrayList<>();
    private int refs;

    History(int index) {
      this.index = index;
      this.random = new SplittableRandom(mix(index));
      this.later = new SplittableRandom(mix(index) * 31 + 17);
      int year = 1950 + index % 50;
      LocalDate birth = LocalDate.of(year, 1, 1).plusDays((index / 50) % 365);
      this.nationalId = nationalId(birth, index / (50 * 365));
      long span = ChronoUnit.DAYS.between(FIRST_ENROLMENT, lastDay.minusDays(1));
      this.enrolled = FIRST_ENROLMENT.plusDays(random.nextLong(Math.max(1, span)));
      this.consentDaysBefore = random.nextInt(8);
      LocalDate withdrawal =
          random.nextInt(100) < 3 ? enrolled.plusDays(5 + random.nextInt(300)) : null;
      // Follow-up ends for some after the induction series: about 1 in 100 die within the period
      // (1 in 5 of them by suicide), 3 in 100 are lost to follow-up, 1 in 100 move abroad.
      int endRoll = random.nextInt(100);
      LocalDate followUpEnd =
          withdrawal == null && endRoll < 5 ? enrolled.plusDays(60 + random.nextInt(400)) : null;
      LocalDate stops = withdrawal != null ? withdrawal : followUpEnd;
      this.end = stops != null && stops.isBefore(lastDay) ? stops : lastDay;
      enrol();
      course();
      if (withdrawal != null && !withdrawal.isAfter(lastDay)) {
        line("withdrawal", Map.of("date", withdrawal.toString(), "reason", "withdrew consent"));
      }
      if (followUpEnd != null && !followUpEnd.isAfter(lastDay)) {
        endOfFollowUp(followUpEnd, endRoll);
      }
    }

    private void endOfFollowUp(LocalDate date, int roll) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("date", date.toString());
      if (roll == 0) {
        data.put("reason", "DEATH");
        data.put(
            "deathCause",
            pick(new String[] {"SUICIDE", "NATURAL", "NATURAL", "OTHER_UNNATURAL", "UNKNOWN"}));
      } else {
        data.put("reason", roll == 1 ? "MOVED_ABROAD" : "LOST_TO_FOLLOW_UP");
      }
      line("end-of-follow-up", data);
    }

    List<Map<String, Object>> lines() {
      return lines;
    }

    private void enrol() {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("nationalId", nationalId);
      data.put("studyCode", "KETAMINE-TRD");
      data.put("enrolmentDate", enrolled.toString());
      data.put("indication", "TREATMENT_RESISTANT_DEPRESSION");
      // Sex and birth year follow from the national ID number; the registry derives them.
      data.put(
          "consent",
          Map.of(
              "offLabelInformed", true,
              "registryConsent", true,
              "consentDate", enrolled.minusDays(consentDaysBefore).toString()));
      preAssessment().ifPresent(facts -> data.put("eligibility", facts));
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("type", "participant");
      line.put("ref", "p" + index);
      line.put("data", data);
      lines.add(line);
    }

    /**
     * The pre-assessment, which 85 % of sites give: at least two antidepressant trials (the
     * definition of treatment resistance), ECT before for some, substance use in the past for a
     * few, sedatives alongside for many. Drawn from a stream of its own, so the rest of every
     * history stays as it was before it was added.
     */
    private Optional<Map<String, Object>> preAssessment() {
      SplittableRandom draws = new SplittableRandom(mix(index) * 37 + 5);
      if (draws.nextInt(100) >= 85) {
        return Optional.empty();
      }
      int systolic = clamp((int) Math.round(128 + 14 * draws.nextGaussian()), 95, 175);
      int diastolic =
          Math.min(clamp((int) Math.round(80 + 9 * draws.nextGaussian()), 55, 105), systolic - 20);
      Map<String, Object> facts = new LinkedHashMap<>();
      facts.put("antidepressantTrials", 2 + Math.min(draws.nextInt(4) + draws.nextInt(4), 8));
      facts.put("priorEct", draws.nextInt(100) < 30);
      facts.put("substanceUse", draws.nextInt(100) < 15 ? "PAST" : "NONE");
      facts.put("benzodiazepines", draws.nextInt(100) < 35);
      facts.put("opioids", draws.nextInt(100) < 5);
      facts.put("otherSedatives", draws.nextInt(100) < 15);
      facts.put("contraindicationsChecked", true);
      facts.put("systolic", systolic);
      facts.put("diastolic", diastolic);
      return Optional.of(facts);
    }

    private void course() {
      int baseline = clamp((int) Math.round(32 + 5 * random.nextGaussian()), 20, 50);
      // Nothing is recorded before consent: the baseline falls between consent and enrolment.
      assess(
          "BASELINE",
          enrolled.minusDays(random.nextInt(Math.min(4, consentDaysBefore + 1))),
          baseline);
      boolean responder = random.nextInt(100) < 50;
      double endFactor =
          responder ? 0.25 + 0.25 * random.nextDouble() : 0.6 + 0.35 * random.nextDouble();
      double weight = Math.round(10 * clamp(78 + 14 * random.nextGaussian(), 45, 150)) / 10.0;
      double dose = 0.5;
      boolean titrated = random.nextInt(100) < 10;
      int inductionCount =
          pick(new int[] {6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 5, 5, 4, 7});
      int[] days = {0, 3, 7, 10, 14, 17, 20};
      LocalDate discontinued =
          random.nextInt(100) < 10 ? enrolled.plusDays(25 + random.nextInt(200)) : null;
      for (int n = 0; n < inductionCount; n++) {
        if (titrated && n >= 3) {
          dose = 0.75;
        }
        infusion(enrolled.plusDays(days[n]), random.nextInt(1000) < 8 ? 0.8 : dose, weight);
      }
      LocalDate midway = enrolled.plusDays(9 + random.nextInt(4));
      int midwayScore = score(baseline, (1 + endFactor) / 2);
      assess("MIDWAY", midway, midwayScore);
      LocalDate endOfInduction = enrolled.plusDays(20 + random.nextInt(6));
      int endScore = score(baseline, endFactor);
      if (later.nextInt(100) == 0) {
        // A slip: the score entered against a date five days after midway, far from it.
        endOfInduction = midway.plusDays(5);
        endScore = clamp(midwayScore > 30 ? midwayScore - 31 : midwayScore + 31, 0, 60);
      }
      assess("END_OF_INDUCTION", endOfInduction, endScore);
      if (discontinued != null && discontinued.isBefore(end)) {
        line(
            "discontinuation",
            Map.of(
                "date",
                discontinued.toString(),
                "reason",
                responder
                    ? pick(new String[] {"PATIENT_CHOICE", "ADVERSE_EVENT", "COMPLETED"})
                    : "LACK_OF_EFFECT"));
      }
      // The next episode's schedule takes over from the induction's at its start.
      LocalDate nextEpisode = null;
      if (discontinued != null && discontinued.isBefore(end) && later.nextInt(100) < 40) {
        nextEpisode = discontinued.plusDays(60 + later.nextInt(120));
        newSeries(nextEpisode, dose, weight, baseline);
      }
      if (responder && random.nextInt(100) < 35 && discontinued == null) {
        LocalDate next = enrolled.plusDays(42 + random.nextInt(14));
        nextEpisode = next;
        episode("MAINTENANCE", next);
        maintenanceVisits(next, baseline, endFactor);
        for (int n = 0; n < 24 && next.isBefore(end); n++) {
          infusion(next, dose, weight);
          next = next.plusDays(21 + random.nextInt(15));
        }
      } else if (responder && discontinued == null && random.nextInt(100) < 30) {
        // Maintenance with esketamine nasal spray: weekly for a month, then every other week.
        int mg = random.nextInt(100) < 60 ? 84 : 56;
        LocalDate next = enrolled.plusDays(35 + random.nextInt(14));
        nextEpisode = next;
        episode("MAINTENANCE", next);
        maintenanceVisits(next, baseline, endFactor);
        for (int n = 0; n < 30 && next.isBefore(end); n++) {
          spray(next, mg);
          next = next.plusDays(n < 4 ? 7 : 14);
        }
      }
      double level = endFactor;
      boolean relapses = responder && random.nextInt(100) < 35;
      for (Visit visit : FOLLOW_UPS) {
        if (relapses) {
          level = Math.min(0.95, level + 0.15 + 0.1 * random.nextDouble());
        } else {
          level = clamp(level + 0.05 * random.nextGaussian(), 0.15, 1.0);
        }
        int roll = random.nextInt(100);
        if (roll < 12) {
          continue; // missed
        }
        int offset =
            roll < 20
                ? visit.after() + 1 + random.nextInt(10) // late
                : random.nextInt(visit.before() + visit.after() + 1) - visit.before();
        int score = score(baseline, level);
        if (nextEpisode == null
            || enrolled.plusDays(visit.day() - visit.before()).isBefore(nextEpisode)) {
          assess(visit.code(), enrolled.plusDays(visit.day() + offset), score);
          screenBladder(visit.code(), enrolled.plusDays(visit.day() + offset));
        }
      }
      labs();
      specialInterestEvents();
    }

    /** A new treatment episode from the date, if it comes by the end (as its sessions do). */
    private void episode(String kind, LocalDate start) {
      if (!start.isAfter(end)) {
        line("treatment-episode", Map.of("kind", kind, "startDate", start.toString()));
      }
    }

    /**
     * A new IV series after treatment ended: its own baseline (depressed again), six infusions over
     * two and a half weeks, its end (half respond) and the months after it.
     */
    private void newSeries(LocalDate start, double dose, double weight, int firstBaseline) {
      if (start.isAfter(end)) {
        return;
      }
      episode("RETREATMENT", start);
      int baseline = laterScore(firstBaseline, 0.85 + 0.15 * later.nextDouble());
      assess("RT_BASELINE", start.minusDays(later.nextInt(4)), baseline);
      for (int day : new int[] {0, 3, 7, 10, 14, 17}) {
        infusion(start.plusDays(day), dose, weight);
      }
      double level = later.nextInt(100) < 50 ? 0.3 + 0.2 * later.nextDouble() : 0.75;
      assess(
          "RT_END_OF_SERIES", start.plusDays(20 + later.nextInt(6)), laterScore(baseline, level));
      followUps(NEW_SERIES_FOLLOW_UPS, start, baseline, level);
    }

    /** A maintenance episode's visits: at its first session and every few months after. */
    private void maintenanceVisits(LocalDate start, int baseline, double level) {
      assess("MT_START", start, laterScore(baseline, level));
      followUps(MAINTENANCE_VISITS, start, baseline, level);
    }

    /** Visits counted from a later episode's day 0; about one in eight missed. */
    private void followUps(List<Visit> visits, LocalDate dayZero, int baseline, double level) {
      for (Visit visit : visits) {
        level = clamp(level + 0.05 * later.nextGaussian(), 0.15, 1.0);
        if (later.nextInt(100) < 12) {
          continue;
        }
        int offset = later.nextInt(visit.before() + visit.after() + 1) - visit.before();
        assess(visit.code(), dayZero.plusDays(visit.day() + offset), laterScore(baseline, level));
        screenBladder(visit.code(), dayZero.plusDays(visit.day() + offset));
      }
    }

    private void infusion(LocalDate date, double dose, double weight) {
      if (date.isAfter(end)) {
        return;
      }
      if (later.nextInt(100) == 0) {
        weight = Math.round(weight * 12) / 10.0; // a slip: the weight typed wrong, 20 % off
      }
      int systolicBefore = clamp((int) Math.round(125 + 12 * random.nextGaussian()), 95, 170);
      int systolicMax =
          random.nextInt(100) < 2
              ? 185 + random.nextInt(20)
              : systolicBefore + clamp((int) Math.round(18 + 8 * random.nextGaussian()), 0, 45);
      Map<String, Object> vitals = new LinkedHashMap<>();
      vitals.put("systolicBefore", systolicBefore);
      vitals.put("diastolicBefore", clamp(systolicBefore - 45 + random.nextInt(10), 55, 110));
      vitals.put("systolicMax", Math.min(systolicMax, 240));
      vitals.put(
          "diastolicMax", clamp(Math.min(systolicMax, 240) - 55 + random.nextInt(10), 60, 130));
      vitals.put("heartRateMax", clamp((int) Math.round(90 + 10 * random.nextGaussian()), 55, 150));
      vitals.put(
          "spo2Min", random.nextInt(100) == 0 ? 89 + random.nextInt(3) : 94 + random.nextInt(6));
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("date", date.toString());
      data.put("drug", "RACEMIC_KETAMINE");
      data.put("doseMgPerKg", dose);
      data.put("weightKg", weight);
      data.put("durationMinutes", 40);
      if (later.nextInt(100) < 2) {
        // A slip: the blood pressure during the infusion not recorded.
        vitals.remove("systolicMax");
        vitals.remove("diastolicMax");
      }
      data.put("vitals", vitals);
      data.put("dissociationScore", 5 + random.nextInt(26));
      line("infusion", data);
      if (random.nextInt(100) < 15) {
        adverseEvent(date, pick(COMMON_EVENTS), random.nextInt(100) < 80 ? 1 : 2, false);
      }
    }

    /** An esketamine nasal spray session: a dose in mg, no weight or infusion time. */
    private void spray(LocalDate date, int mg) {
      if (date.isAfter(end)) {
        return;
      }
      int systolicBefore = clamp((int) Math.round(125 + 12 * random.nextGaussian()), 95, 170);
      Map<String, Object> vitals = new LinkedHashMap<>();
      vitals.put("systolicBefore", systolicBefore);
      vitals.put("diastolicBefore", clamp(systolicBefore - 45 + random.nextInt(10), 55, 110));
      vitals.put(
          "systolicMax",
          systolicBefore + clamp((int) Math.round(12 + 6 * random.nextGaussian()), 0, 35));
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("date", date.toString());
      data.put("drug", "ESKETAMINE");
      data.put("route", "INTRANASAL");
      data.put("doseMg", mg);
      data.put("vitals", vitals);
      line("infusion", data);
    }

    private void assess(String visit, LocalDate date, int madrs) {
      if (date.isAfter(end)) {
        return;
      }
      line(
          "assessment",
          Map.of(
              "date", date.toString(), "visit", visit, "instrument", "MADRS", "totalScore", madrs));
    }

    /**
     * The urinary-symptom questionnaire at the 3- and 12-month visits, filled in by about four in
     * five: mostly no or occasional symptoms; about one in fifty with the bladder symptoms of
     * prolonged use.
     */
    private void screenBladder(String visit, LocalDate date) {
      if (!visit.endsWith("MONTH_3") && !visit.endsWith("MONTH_12")
          || date.isAfter(end)
          || later.nextInt(100) >= 80) {
        return;
      }
      boolean symptoms = later.nextInt(100) < 2;
      List<Integer> items = new ArrayList<>();
      for (int item = 0; item < 6; item++) {
        items.add(symptoms ? 1 + later.nextInt(3) : later.nextInt(100) < 10 ? 1 : 0);
      }
      line(
          "assessment",
          Map.of("date", date.toString(), "visit", visit, "instrument", "URINARY", "items", items));
    }

    private void labs() {
      if (random.nextInt(100) < 60) {
        lab(enrolled, 28 + 9 * random.nextGaussian());
        double month3 =
            random.nextInt(100) == 0
                ? 120 + 40 * random.nextDouble()
                : 28 + 9 * random.nextGaussian();
        lab(enrolled.plusDays(100 + random.nextInt(30)), month3);
      }
    }

    private void lab(LocalDate date, double alt) {
      if (date.isAfter(end)) {
        return;
      }
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("date", date.toString());
      data.put("analyte", "ALT");
      data.put("value", Math.round(10 * clamp(alt, 5, 400)) / 10.0);
      data.put("unit", "U/L");
      data.put("upperNormalLimit", 45.0);
      line("lab-result", data);
    }

    private void specialInterestEvents() {
      int roll = random.nextInt(1000);
      String term =
          roll < 10
              ? "CYSTITIS"
              : roll < 15
                  ? "LIVER_ENZYMES_INCREASED"
                  : roll < 18
                      ? "PSYCHOSIS"
                      : roll < 21
                          ? "CRAVING"
                          : roll < 23 ? "MISUSE" : roll < 28 ? "SUICIDALITY" : null;
      if (term != null) {
        adverseEvent(
            enrolled.plusDays(30 + random.nextInt(300)),
            term,
            2 + random.nextInt(2),
            random.nextInt(100) < 30);
      }
    }

    private void adverseEvent(LocalDate onset, String term, int grade, boolean serious) {
      if (onset.isAfter(end)) {
        return;
      }
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("onsetDate", onset.toString());
      data.put("term", term);
      data.put("severityGrade", grade);
      data.put("serious", serious);
      data.put("relatedness", serious ? "POSSIBLE" : "PROBABLE");
      data.put("action", "NONE");
      data.put("outcome", onset.plusDays(14).isBefore(end) ? "RECOVERED" : "RECOVERING");
      line("adverse-event", data);
    }

    private void line(String type, Map<String, Object> data) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("type", type);
      line.put("ref", "p" + index + "-" + (++refs));
      line.put("nationalId", nationalId);
      line.put("data", data);
      lines.add(line);
    }

    /**
     * A score drawn from the later stream, which leaves the first draws of every cohort as they
     * were.
     */
    private int laterScore(int baseline, double factor) {
      return clamp((int) Math.round(baseline * factor + 2 * later.nextGaussian()), 0, 60);
    }

    private int score(int baseline, double factor) {
      return clamp((int) Math.round(baseline * factor + 2 * random.nextGaussian()), 0, 60);
    }

    private int pick(int[] values) {
      return values[random.nextInt(values.length)];
    }

    private String pick(String[] values) {
      return values[random.nextInt(values.length)];
    }
  }

  /**
   * A valid synthetic number, unique per (birth date, base): individual numbers 100 to 499 in steps
   * of 100 (the tests' own synthetic people use 000 to 099, so the two never meet).
   */
  private static String nationalId(LocalDate birth, int base) {
    for (int individual = 100 + base % 100; individual < 500; individual += 100) {
      String digits = NationalIdNumbers.synthetic(birth, individual);
      if (digits != null) {
        return digits;
      }
    }
    throw new IllegalStateException("no synthetic number for this birth date and base");
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }
}
