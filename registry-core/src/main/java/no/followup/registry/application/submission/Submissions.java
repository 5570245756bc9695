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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs bulk submissions, every record a {@link SubmissionCommand} run by the use case of its single
 * request ({@link SubmissionHandlers}), every record with its own outcome; one bad record never
 * spoils the database state of the others.
 *
 * <p>A submission first runs batched, from one savepoint of its {@link UnitOfWork}: the working set
 * keeps what the records read and sends their inserts in batches, and the commands that run every
 * rule before they write (the clinical records) run without a savepoint of their own. Should
 * anything else go wrong in that run (a constraint the rules did not foresee, a concurrent change),
 * it is rolled back whole and the submission runs again record by record, each in its own
 * savepoint, which gives every record the outcome it would have had alone.
 */
@Service
public class Submissions {

  public static final int MAX_RECORDS = 10_000;

  private static final Logger log = LoggerFactory.getLogger(Submissions.class);

  private final SubmissionReceipts receipts;
  private final SubmissionHandlers handlers;
  private final WorkingSet workingSet;
  private final AuditRecorder audit;
  private final RegistryClock clock;
  private final RegistryMetrics metrics;
  private final TransactionTemplate transaction;
  private final JsonMapper json = JsonMapper.builder().build();

  public Submissions(
      SubmissionReceipts receipts,
      SubmissionHandlers handlers,
      WorkingSet workingSet,
      AuditRecorder audit,
      RegistryClock clock,
      RegistryMetrics metrics,
      PlatformTransactionManager transactions) {
    this.receipts = receipts;
    this.handlers = handlers;
    this.workingSet = workingSet;
    this.audit = audit;
    this.clock = clock;
    this.metrics = metrics;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * A stored submission's receipt and its JSON, written once: the same text is kept for {@code GET
   * /submissions/{id}}, kept for an idempotent replay and sent as the answer.
   */
  public record Submitted(Receipt receipt, String json) {}

  /**
   * Stores the submission (in the caller's transaction, if any) and keeps its receipt.
   *
   * @throws SubmissionRejectedException when an atomic submission has a rejected record
   */
  public Submitted submit(Actor actor, SubmissionMode mode, List<SubmissionItem> items) {
    actor.writingSite();
    return transaction.execute(
        status -> {
          List<ItemOutcome> outcomes = metrics.uncounted(() -> run(actor, items, status));
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
          String json = this.json.writeValueAsString(receipt);
          receipts.store(actor.scope(), actor.name(), receipt, json);
          return new Submitted(receipt, json);
        });
  }

  /** Runs every record as a real submission would, then rolls all of it back. */
  public Receipt dryRun(Actor actor, SubmissionMode mode, List<SubmissionItem> items) {
    actor.writingSite();
    return transaction.execute(
        status -> {
          List<ItemOutcome> outcomes = metrics.uncounted(() -> run(actor, items, status));
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

  private List<ItemOutcome> run(
      Actor actor, List<SubmissionItem> items, TransactionStatus transaction) {
    UnitOfWork work = new UnitOfWork(transaction, audit, workingSet);
    UnitOfWork.Mark start = work.savepoint();
    try {
      List<ItemOutcome> outcomes = work.batched(() -> runBatched(actor, items, work));
      work.release(start);
      return outcomes;
    } catch (UnitOfWork.BatchBroken e) {
      // Only the exception's class: database messages can quote the values that clashed.
      log.info(
          "a submission of {} records met {} in its batched run; running it record by record",
          items.size(),
          e.getCause().getClass().getSimpleName());
      work.rollbackTo(start);
      List<ItemOutcome> outcomes = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        outcomes.add(runInSavepoint(actor, i, items.get(i), work));
      }
      return outcomes;
    }
  }

  private List<ItemOutcome> runBatched(Actor actor, List<SubmissionItem> items, UnitOfWork work) {
    List<ItemOutcome> outcomes = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      SubmissionItem item = items.get(i);
      outcomes.add(
          item.command().mayWriteBeforeRejecting()
              ? runInSavepoint(actor, i, item, work)
              : runWithoutSavepoint(actor, i, item, work));
    }
    return outcomes;
  }

  /** For a command every rule of which runs before it writes: a rejection leaves nothing behind. */
  private ItemOutcome runWithoutSavepoint(
      Actor actor, int index, SubmissionItem item, UnitOfWork work) {
    UnitOfWork.Mark before = work.position();
    try {
      return accepted(index, item, item.command().runWith(handlers, actor));
    } catch (RecordRejectedException | NotFoundException e) {
      if (work.wroteSince(before)) {
        // It wrote before it was rejected: only a savepoint could take that back.
        throw new UnitOfWork.BatchBroken(e);
      }
      return rejection(index, item, e);
    } catch (RuntimeException e) {
      throw new UnitOfWork.BatchBroken(e);
    }
  }

  private ItemOutcome runInSavepoint(Actor actor, int index, SubmissionItem item, UnitOfWork work) {
    UnitOfWork.Mark before = work.savepoint();
    SubmissionItem.Accepted written;
    try {
      written = item.command().runWith(handlers, actor);
    } catch (RuntimeException e) {
      work.rollbackTo(before);
      return rejection(index, item, e);
    }
    work.release(before);
    return accepted(index, item, written);
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
