package no.followup.registry.application.submission;

/**
 * An atomic submission had rejected records: nothing was stored; the receipt says which and why.
 */
public class SubmissionRejectedException extends RuntimeException {

  private final transient Receipt receipt;

  public SubmissionRejectedException(Receipt receipt) {
    super(
        "submission rejected: "
            + receipt.rejected()
            + " of "
            + receipt.received()
            + " records broke a rule");
    this.receipt = receipt;
  }

  public Receipt receipt() {
    return receipt;
  }
}
