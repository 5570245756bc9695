package no.followup.registry.application.submission;

import java.util.Optional;
import java.util.UUID;

/** Stored receipts, each readable only in the scope (site) that submitted it. */
public interface SubmissionReceipts {

  void store(String scope, String submittedBy, Receipt receipt, String receiptJson);

  Optional<String> findJson(String scope, UUID submissionId);
}
