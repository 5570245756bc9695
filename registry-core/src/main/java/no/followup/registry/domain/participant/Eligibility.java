package no.followup.registry.domain.participant;

import java.util.ArrayList;
import java.util.List;
import no.followup.registry.domain.shared.Violations;

/**
 * The pre-assessment the national protocol asks for before the first infusion, coded rather than
 * written: how many antidepressant trials came before, earlier ECT, substance use, benzodiazepines,
 * opioids and other sedatives taken alongside, that the contraindications were checked, and the
 * blood pressure at the somatic examination. The 2028 evaluation compares outcomes by them.
 *
 * @param antidepressantTrials adequate antidepressant trials before ketamine (0 to 30)
 * @param systolic blood pressure at the pre-assessment, mmHg
 */
public record Eligibility(
    Integer antidepressantTrials,
    Boolean priorEct,
    SubstanceUse substanceUse,
    Boolean benzodiazepines,
    Boolean opioids,
    Boolean otherSedatives,
    Boolean contraindicationsChecked,
    Integer systolic,
    Integer diastolic) {

  /** Substance use disorder: none, in the past, or current (a contraindication). */
  public enum SubstanceUse {
    NONE,
    PAST,
    CURRENT
  }

  private static final String PREFIX = "eligibility.";

  /**
   * The sedating drugs taken alongside, by name: {@code BENZODIAZEPINES}, {@code OPIOIDS}, {@code
   * OTHER_SEDATIVES} (they add to ketamine's effect on breathing and alertness).
   */
  public List<String> takenAlongside() {
    List<String> drugs = new ArrayList<>();
    if (Boolean.TRUE.equals(benzodiazepines)) {
      drugs.add("BENZODIAZEPINES");
    }
    if (Boolean.TRUE.equals(opioids)) {
      drugs.add("OPIOIDS");
    }
    if (Boolean.TRUE.equals(otherSedatives)) {
      drugs.add("OTHER_SEDATIVES");
    }
    return drugs;
  }

  /**
   * Once a pre-assessment is given, every fact is: a count and a pressure in range, systolic above
   * diastolic, and contraindications checked (the protocol asks for it before treatment).
   */
  public Violations check(Violations violations) {
    violations
        .required(PREFIX + "antidepressantTrials", antidepressantTrials)
        .inRange(PREFIX + "antidepressantTrials", antidepressantTrials, 0, 30)
        .required(PREFIX + "priorEct", priorEct)
        .required(PREFIX + "substanceUse", substanceUse)
        .required(PREFIX + "benzodiazepines", benzodiazepines)
        .required(PREFIX + "opioids", opioids)
        .required(PREFIX + "otherSedatives", otherSedatives)
        .required(PREFIX + "contraindicationsChecked", contraindicationsChecked)
        .required(PREFIX + "systolic", systolic)
        .inRange(PREFIX + "systolic", systolic, 60, 260)
        .required(PREFIX + "diastolic", diastolic)
        .inRange(PREFIX + "diastolic", diastolic, 30, 160);
    if (systolic != null && diastolic != null && systolic <= diastolic) {
      violations.reject(
          PREFIX + "systolic", "above-diastolic", "systolic must be above diastolic pressure");
    }
    if (Boolean.FALSE.equals(contraindicationsChecked)) {
      violations.reject(
          PREFIX + "contraindicationsChecked",
          "must-be-checked",
          "the contraindications are checked before ketamine is given");
    }
    return violations;
  }
}
