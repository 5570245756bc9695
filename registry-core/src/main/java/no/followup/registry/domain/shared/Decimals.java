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
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
