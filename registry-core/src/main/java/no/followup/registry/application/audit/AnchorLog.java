package no.followup.registry.application.audit;

import java.util.Optional;

/**
 * Where signed anchors of the audit chains are kept: outside the database, where its users cannot
 * rewrite them (an append-only file, and the operator's log system).
 */
public interface AnchorLog {

  void append(String anchor);

  /** The most recent anchor written, if any. */
  Optional<String> latest();
}
