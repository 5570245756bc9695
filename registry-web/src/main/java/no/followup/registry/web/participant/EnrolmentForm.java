package no.followup.registry.web.participant;

import java.time.LocalDate;
import no.followup.registry.application.participant.EnrolCommand;
import no.followup.registry.domain.consent.Consent;
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
        siteReference);
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
