package no.followup.registry.web.participant;

import java.time.LocalDate;
import no.followup.registry.application.participant.EnrolCommand;
import no.followup.registry.domain.consent.Consent;
import no.followup.registry.domain.participant.Eligibility;
import no.followup.registry.domain.participant.Indication;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The enrolment form. Sex and birth year are not asked: they follow from the national ID number.
 */
public class EnrolmentForm {

  private String nationalId;
  private String siteReference;
  private String studyCode;
  private Indication indication;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate enrolmentDate;

  private boolean offLabelInformed;
  private boolean registryConsent;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate consentDate;

  public EnrolCommand toCommand() {
    return new EnrolCommand(
        nationalId == null ? null : nationalId.strip(),
        studyCode == null || studyCode.isBlank() ? null : studyCode,
        enrolmentDate,
        indication,
        null,
        null,
        new Consent(offLabelInformed, registryConsent, consentDate),
        siteReference,
        eligibility.given() ? eligibility.toFacts() : null);
  }

  /**
   * The pre-assessment, optional: left wholly empty it is not given; partly filled it is checked as
   * given (the empty fields are then "required"). Yes/no answers are lists, not checkboxes, so that
   * "not answered" differs from "no".
   */
  public static class EligibilityForm {
    /** The form fields, as the domain names them in its rule violations. */
    static final java.util.List<String> FIELDS =
        java.util.List.of(
            "eligibility.antidepressantTrials",
            "eligibility.priorEct",
            "eligibility.substanceUse",
            "eligibility.benzodiazepines",
            "eligibility.opioids",
            "eligibility.otherSedatives",
            "eligibility.contraindicationsChecked",
            "eligibility.systolic",
            "eligibility.diastolic");

    private static final Eligibility NOT_GIVEN =
        new Eligibility(null, null, null, null, null, null, null, null, null);

    private Integer antidepressantTrials;
    private Boolean priorEct;
    private Eligibility.SubstanceUse substanceUse;
    private Boolean benzodiazepines;
    private Boolean opioids;
    private Boolean otherSedatives;
    private Boolean contraindicationsChecked;
    private Integer systolic;
    private Integer diastolic;

    boolean given() {
      return !toFacts().equals(NOT_GIVEN);
    }

    /** The form filled with a stored pre-assessment, for correcting it. */
    static EligibilityForm of(Eligibility facts) {
      EligibilityForm form = new EligibilityForm();
      form.antidepressantTrials = facts.antidepressantTrials();
      form.priorEct = facts.priorEct();
      form.substanceUse = facts.substanceUse();
      form.benzodiazepines = facts.benzodiazepines();
      form.opioids = facts.opioids();
      form.otherSedatives = facts.otherSedatives();
      form.contraindicationsChecked = facts.contraindicationsChecked();
      form.systolic = facts.systolic();
      form.diastolic = facts.diastolic();
      return form;
    }

    Eligibility toFacts() {
      return new Eligibility(
          antidepressantTrials,
          priorEct,
          substanceUse,
          benzodiazepines,
          opioids,
          otherSedatives,
          contraindicationsChecked,
          systolic,
          diastolic);
    }

    public Integer getAntidepressantTrials() {
      return antidepressantTrials;
    }

    public void setAntidepressantTrials(Integer antidepressantTrials) {
      this.antidepressantTrials = antidepressantTrials;
    }

    public Boolean getPriorEct() {
      return priorEct;
    }

    public void setPriorEct(Boolean priorEct) {
      this.priorEct = priorEct;
    }

    public Eligibility.SubstanceUse getSubstanceUse() {
      return substanceUse;
    }

    public void setSubstanceUse(Eligibility.SubstanceUse substanceUse) {
      this.substanceUse = substanceUse;
    }

    public Boolean getBenzodiazepines() {
      return benzodiazepines;
    }

    public void setBenzodiazepines(Boolean benzodiazepines) {
      this.benzodiazepines = benzodiazepines;
    }

    public Boolean getOpioids() {
      return opioids;
    }

    public void setOpioids(Boolean opioids) {
      this.opioids = opioids;
    }

    public Boolean getOtherSedatives() {
      return otherSedatives;
    }

    public void setOtherSedatives(Boolean otherSedatives) {
      this.otherSedatives = otherSedatives;
    }

    public Boolean getContraindicationsChecked() {
      return contraindicationsChecked;
    }

    public void setContraindicationsChecked(Boolean contraindicationsChecked) {
      this.contraindicationsChecked = contraindicationsChecked;
    }

    public Integer getSystolic() {
      return systolic;
    }

    public void setSystolic(Integer systolic) {
      this.systolic = systolic;
    }

    public Integer getDiastolic() {
      return diastolic;
    }

    public void setDiastolic(Integer diastolic) {
      this.diastolic = diastolic;
    }
  }

  private EligibilityForm eligibility = new EligibilityForm();

  public EligibilityForm getEligibility() {
    return eligibility;
  }

  public void setEligibility(EligibilityForm eligibility) {
    this.eligibility = eligibility;
  }

  public String getNationalId() {
    return nationalId;
  }

  public void setNationalId(String nationalId) {
    this.nationalId = nationalId;
  }

  public String getSiteReference() {
    return siteReference;
  }

  public void setSiteReference(String siteReference) {
    this.siteReference = siteReference;
  }

  public String getStudyCode() {
    return studyCode;
  }

  public void setStudyCode(String studyCode) {
    this.studyCode = studyCode;
  }

  public Indication getIndication() {
    return indication;
  }

  public void setIndication(Indication indication) {
    this.indication = indication;
  }

  public LocalDate getEnrolmentDate() {
    return enrolmentDate;
  }

  public void setEnrolmentDate(LocalDate enrolmentDate) {
    this.enrolmentDate = enrolmentDate;
  }

  public boolean isOffLabelInformed() {
    return offLabelInformed;
  }

  public void setOffLabelInformed(boolean offLabelInformed) {
    this.offLabelInformed = offLabelInformed;
  }

  public boolean isRegistryConsent() {
    return registryConsent;
  }

  public void setRegistryConsent(boolean registryConsent) {
    this.registryConsent = registryConsent;
  }

  public LocalDate getConsentDate() {
    return consentDate;
  }

  public void setConsentDate(LocalDate consentDate) {
    this.consentDate = consentDate;
  }

  @Override
  public String toString() {
    return "EnrolmentForm[nationalId=***, studyCode=" + studyCode + "]";
  }
}
