package no.followup.registry.domain.shared;

import java.math.BigDecimal;

/** Decimal measurements compare by value: 0.5 mg/kg and 0.500 mg/kg are the same dose. */
public final class Decimals {

  private Decimals() {}

  public static BigDecimal normalized(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    // 1E+2 becomes 100: no negative scale.
    return stripped.setScale(Math.max(0, stripped.scale()));
  }
}
