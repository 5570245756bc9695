package no.followup.registry.web.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.followup.registry.domain.lab.Analyte;
import no.followup.registry.domain.lab.LabResult;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.shared.Versioned;
import org.springframework.format.annotation.DateTimeFormat;

/** A lab result; its unit is the analyte's (the form names it, the person does not type it). */
public class LabResultForm extends CorrectableForm<LabResult> {

  static final Set<String> FIELDS =
      Set.of("date", "analyte", "value", "upperNormalLimit", "reason");

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate date;

  private Analyte analyte;
  private BigDecimal value;
  private BigDecimal upperNormalLimit;

  /** The form filled with a stored lab result, to correct it. */
  static LabResultForm of(Versioned<LabResult> stored) {
    LabResult result = stored.record();
    LabResultForm form = new LabResultForm();
    form.date = result.date();
    form.analyte = result.analyte();
    form.value = result.value();
    form.upperNormalLimit = result.upperNormalLimit();
    form.setVersion(stored.version());
    return form;
  }

  @Override
  public LabResult toRecord(UUID id, EnrolmentId enrolment) {
    return new LabResult(
        id,
        enrolment,
        date,
        analyte,
        value,
        analyte == null ? null : analyte.unit(),
        upperNormalLimit);
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public Analyte getAnalyte() {
    return analyte;
  }

  public void setAnalyte(Analyte analyte) {
    this.analyte = analyte;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public BigDecimal getUpperNormalLimit() {
    return upperNormalLimit;
  }

  public void setUpperNormalLimit(BigDecimal upperNormalLimit) {
    this.upperNormalLimit = upperNormalLimit;
  }
}
