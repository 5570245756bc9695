package no.followup.registry.domain.lab;

/**
 * What was measured, with the unit the registry stores. Liver analytes need their upper normal
 * limit, since the safety rule compares against a multiple of it.
 */
public enum Analyte {
  ALT("U/L", true),
  AST("U/L", true),
  GGT("U/L", true),
  ALP("U/L", true),
  BILIRUBIN("umol/L", true),
  CREATININE("umol/L", false),
  EGFR("mL/min/1.73m2", false),
  URINE_ERYTHROCYTES("grade", false),
  URINE_LEUKOCYTES("grade", false),
  URINE_PROTEIN("grade", false),
  /**
   * Urine cytology for the bladder harms of prolonged use, by class: 0 negative, 1 atypical, 2
   * suspicious, 3 positive for malignant cells.
   */
  URINE_CYTOLOGY("class", false);

  private final String unit;
  private final boolean needsUpperNormalLimit;

  Analyte(String unit, boolean needsUpperNormalLimit) {
    this.unit = unit;
    this.needsUpperNormalLimit = needsUpperNormalLimit;
  }

  public String unit() {
    return unit;
  }

  public boolean needsUpperNormalLimit() {
    return needsUpperNormalLimit;
  }
}
