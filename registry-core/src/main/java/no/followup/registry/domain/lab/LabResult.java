package no.followup.registry.domain.lab;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.participant.EnrolmentRecord;
import no.followup.registry.domain.shared.Decimals;

/** One lab value. */
public record LabResult(
    UUID id,
    EnrolmentId enrolmentId,
    LocalDate date,
    Analyte analyte,
    BigDecimal value,
    String unit,
    BigDecimal upperNormalLimit)
    implements EnrolmentRecord {

  public LabResult {
    value = Decimals.normalized(value);
    upperNormalLimit = Decimals.normalized(upperNormalLimit);
  }

  /** The value as a multiple of the upper normal limit, when a limit was given. */
  public Optional<BigDecimal> timesUpperNormalLimit() {
    if (upperNormalLimit == null || upperNormalLimit.signum() <= 0 || value == null) {
      return Optional.empty();
    }
    return Optional.of(value.divide(upperNormalLimit, 2, RoundingMode.HALF_UP));
  }
}
