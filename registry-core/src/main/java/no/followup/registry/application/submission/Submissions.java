package no.followup.registry.application.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.application.ConflictException;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.application.audit.AuditRecorder;
import no.followup.registry.application.metrics.RegistryMetrics;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.site.SiteCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs bulk submissions through the same use cases as single requests, every record with its own
 * outcome; one bad record never spoils the database state of the others.
 *
 * <p>A submission first runs batched, in one savepoint: a {@link WorkingSet} keeps what the records
 * read and sends their inserts in batches, and the clinical records, which are rejected only before
 * they write, run without a savepoint of their own. Should anything else go wrong in that run (a
 * constraint the rules did not foresee, a concurrent change), it is rolled back whole and the
 * submission runs again record by record, each in its own savepoint, which gives every record the
 * outcome it would have had alone.
 */
@Service
public class Submissions {

  public static final int MAX_RECORDS = 10_000;

  private static final Logger log = LoggerFactory.getLogger(Submissions.class);

  private final SubmissionReceipts receipts;
  private final WorkingSet workingSet;
  private final AuditRecorder audit;
  private final RegistryClock clock;
  private final RegistryMetrics metrics;
  private final TransactionTemplate transaction;
  private final TransactionTemplate savepoint;
  private final JsonMapper json = JsonMapper.builder().build();

  public Submissions(
      SubmissionReceipts receipts,
      WorkingSet workingSet,
      AuditRecorder audit,
      RegistryClock clock,
      RegistryMetrics metrics,
      PlatformTransactionManager transactions) {
    this.receipts = receipts;
    this.workingSet = workingSet;
    this.audit = audit;
    this.clock = clock;
    this.metrics = metrics;
    this.transaction = new TransactionTemplate(transactions);
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Stores the submission (in the caller's transaction, if any) and keeps its receipt.
   *
   * @throws SubmissionRejectedException when an atomic submission has a rejected record
   */
  public Receipt submit(Actor actor, SubmissionMode mode, List<SubmissionItem> items) {
    actor.writingSite();
    return transaction.execute(
        status -> {
          List<ItemOutcome> outcomes = metrics.uncounted(() -> run(items));
          count(actor.writingSite(), outcomes);
          int rejected =
              (int)
                  outcomes.stream().filter(o -> o.status() == ItemOutcome.Status.REJECTED).count();
          if (mode == SubmissionMode.ATOMIC && rejected > 0) {
            throw new SubmissionRejectedException(
                receipt(
                    mode,
                    false,
                    Receipt.Status.REJECTED,
                    outcomes.stream()
                        .map(o -> o.status() == ItemOutcome.Status.ACCEPTED ? o.notStored() : o)
                        .toList()));
          }
          Receipt receipt =
              receipt(
                  mode,
                  false,
                  rejected == 0 ? Receipt.Status.ACCEPTED : Receipt.Status.PARTIALLY_ACCEPTED,
                  outcomes);
          receipts.store(actor.scope(), actor.name(), receipt, toJson(receipt));
          return receipt;
        });
  }

  /** Runs every record as a real submission would, then rolls all of it back. */
  public Receipt dryRun(Actor actor, SubmissionMode mode, List<SubmissionItem> items) {
    actor.writingSite();
    return transaction.execute(
        status -> {
          List<ItemOutcome> outcomes = metrics.uncounted(() -> run(items));
          status.setRollbackOnly();
          return receipt(mode, true, Receipt.Status.VALIDATED, outcomes);
        });
  }

  public Optional<String> receiptJson(Actor actor, UUID id) {
    actor.writingSite();
    return receipts.findJson(actor.scope(), id);
  }

  /** Stored records count when the submission commits; an atomic one rejected stores none. */
  private void count(SiteCode site, List<ItemOutcome> outcomes) {
    for (ItemOutcome outcome : outcomes) {
      if (outcome.status() == ItemOutcome.Status.ACCEPTED) {
        metrics.stored(site, outcome.type());
      } else if (outcome.status() == ItemOutcome.Status.REJECTED) {
        metrics.refused(site, outcome.type());
      }
    }
  }

  private String toJson(Receipt receipt) {
    return json.writeValueAsString(receipt);
  }

  private List<ItemOutcome> run(List<SubmissionItem> items) {
    int auditMark = audit.pending();
    try {
      return savepoint.execute(status -> runBatched(items));
    } catch (BatchedRunFailed e) {
      // Only the exception's class: database messages can quote the values that clashed.
      log.info(
          "a submission of {} records met {} in its batched run; running it record by record",
          items.size(),
          e.getCause().getClass().getSimpleName());
      audit.discardFrom(auditMark);
      return runRecordByRecord(items);
    }
  }

  private List<ItemOutcome> runBatched(List<SubmissionItem> items) {
    List<ItemOutcome> outcomes = new ArrayList<>(items.size());
    try (WorkingSet.Session session = workingSet.open()) {
      for (int i = 0; i < items.size(); i++) {
        SubmissionItem item = items.get(i);
        if (item.rejectedBeforeWriting()) {
          outcomes.add(runWithoutSavepoint(i, item, session));
        } else {
          // Queued inserts are not in the database yet, so a rollback to this savepoint cannot
          // touch them; the reads kept during the item may describe writes it rolled back.
          ItemOutcome outcome = runInSavepoint(i, item);
          if (outcome.status() == ItemOutcome.Status.REJECTED) {
            session.forgetReads();
          }
          outcomes.add(outcome);
        }
      }
      session.flush();
    } catch (DataAccessException e) {
      throw new BatchedRunFailed(e);
    }
    return outcomes;
  }

  private ItemOutcome runWithoutSavepoint(
      int index, SubmissionItem item, WorkingSet.Session session) {
    long queued = session.queued();
    int auditMark = audit.pending();
    try {
      return accepted(index, item, item.write().get());
    } catch (RecordRejectedException | NotFoundException e) {
      if (session.queued() != queued || audit.pending() != auditMark) {
        // It wrote before it was rejected: only a savepoint could take that back.
        throw new BatchedRunFailed(e);
      }
      return rejection(index, item, e);
    } catch (RuntimeException e) {
      throw new BatchedRunFailed(e);
    }
  }

  private List<ItemOutcome> runRecordByRecord(List<SubmissionItem> items) {
    List<ItemOutcome> outcomes = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      outcomes.add(runInSavepoint(i, items.get(i)));
    }
    return outcomes;
  }

  private ItemOutcome runInSavepoint(int index, SubmissionItem item) {
    int auditMark = audit.pending();
    try {
      return accepted(index, item, savepoint.execute(status -> item.write().get()));
    } catch (RuntimeException e) {
      // The savepoint rolled back the record; its audit rows must not outlive it.
      audit.discardFrom(auditMark);
      return rejection(index, item, e);
    }
  }

  private static ItemOutcome accepted(
      int index, SubmissionItem item, SubmissionItem.Accepted written) {
    return new ItemOutcome(
        index,
        item.ref(),
        item.type(),
        ItemOutcome.Status.ACCEPTED,
        written.id(),
        List.of(),
        written.warnings());
  }

  /** The batched run cannot give every record its own outcome: run the submission again. */
  private static final class BatchedRunFailed extends RuntimeException {
    BatchedRunFailed(Throwable cause) {
      super(cause);
    }
  }

  private static ItemOutcome rejection(int index, SubmissionItem item, RuntimeException e) {
    if (e instanceof RecordRejectedException rejected) {
      return rejected(index, item, rejected.violations());
    }
    if (e instanceof NotFoundException) {
      return rejected(
          index, item, List.of(Violation.rejection("participantId", "not-found", e.getMessage())));
    }
    if (e instanceof ConflictException conflict) {
      return rejected(
          index,
          item,
          List.of(Violation.rejection("record", conflict.code(), conflict.getMessage())));
    }
    if (e instanceof DataIntegrityViolationException) {
      // Never pass the database's message on: it can quote values.
      return rejected(
          index,
          item,
          List.of(
              Violation.rejection(
                  "record", "duplicate", "the record clashes with one already stored")));
    }
    throw e;
  }

  private static ItemOutcome rejected(int index, SubmissionItem item, List<Violation> violations) {
    return new ItemOutcome(
        index,
        item.ref(),
        item.type(),
        ItemOutcome.Status.REJECTED,
        null,
        violations.stream().filter(Violation::rejects).toList(),
        violations.stream().filter(v -> !v.rejects()).toList());
  }

  private Receipt receipt(
      SubmissionMode mode, boolean dryRun, Receipt.Status status, List<ItemOutcome> outcomes) {
    int accepted =
        (int) outcomes.stream().filter(o -> o.status() == ItemOutcome.Status.ACCEPTED).count();
    int rejected =
        (int) outcomes.stream().filter(o -> o.status() == ItemOutcome.Status.REJECTED).count();
    return new Receipt(
        UUID.randomUUID(),
        mode,
        dryRun,
        status,
        clock.now(),
        outcomes.size(),
        accepted,
        rejected,
        outcomes);
  }
}
