package no.followup.registry.web.research;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.followup.registry.application.research.ProjectRegistration;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A data-access project as the coordinator fills it in: the other researchers as a comma- or
 * line-separated list of user names, the approved variables as ticked boxes.
 */
public class ProjectForm {

  private String title;
  private String ethicsReference;
  private String responsibleResearcher;
  private String researchers;
  private String studyCode;
  private List<String> approvedVariables = new ArrayList<>();

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate periodFrom;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate periodTo;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate expiresOn;

  ProjectRegistration registration() {
    List<String> named =
        researchers == null
            ? List.of()
            : Arrays.stream(researchers.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    return new ProjectRegistration(
        title,
        ethicsReference,
        responsibleResearcher == null ? null : responsibleResearcher.strip(),
        named,
        studyCode,
        approvedVariables,
        periodFrom,
        periodTo,
        expiresOn);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getEthicsReference() {
    return ethicsReference;
  }

  public void setEthicsReference(String ethicsReference) {
    this.ethicsReference = ethicsReference;
  }

  public String getResponsibleResearcher() {
    return responsibleResearcher;
  }

  public void setResponsibleResearcher(String responsibleResearcher) {
    this.responsibleResearcher = responsibleResearcher;
  }

  public String getResearchers() {
    return researchers;
  }

  public void setResearchers(String researchers) {
    this.researchers = researchers;
  }

  public String getStudyCode() {
    return studyCode;
  }

  public void setStudyCode(String studyCode) {
    this.studyCode = studyCode;
  }

  public List<String> getApprovedVariables() {
    return approvedVariables;
  }

  public void setApprovedVariables(List<String> approvedVariables) {
    this.approvedVariables = approvedVariables == null ? new ArrayList<>() : approvedVariables;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public void setPeriodFrom(LocalDate periodFrom) {
    this.periodFrom = periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public void setPeriodTo(LocalDate periodTo) {
    this.periodTo = periodTo;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }
}
