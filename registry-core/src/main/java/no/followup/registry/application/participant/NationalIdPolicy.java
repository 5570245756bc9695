package no.followup.registry.application.participant;

import no.followup.registry.domain.participant.NationalIdNumber;
import no.followup.registry.domain.shared.Violations;

/**
 * Which kinds of national ID number this installation takes. Test numbers (the tax authority's
 * synthetic numbers and H-numbers) belong in the demo and the tests; a production registry refuses
 * them unless its operator switches them on ({@code registry.identity.accept-test-numbers}).
 */
public record NationalIdPolicy(boolean acceptTestNumbers) {

  public Violations check(NationalIdNumber number, Violations violations) {
    if (number != null && !acceptTestNumbers && isTestNumber(number)) {
      violations.reject(
          "nationalId",
          "no-test-number",
          "nationalId is a test number (synthetic or H-number), which this registry does not take");
    }
    return violations;
  }

  private static boolean isTestNumber(NationalIdNumber number) {
    return number.kind() == NationalIdNumber.Kind.SYNTHETIC
        || number.kind() == NationalIdNumber.Kind.H_NUMBER;
  }
}
