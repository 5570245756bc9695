package no.followup.registry.application.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.application.ConflictException;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.application.audit.AuditLog;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.shared.Violation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs bulk submissions through the same use cases as single requests. Each record runs in a
 * savepoint, so one bad record never spoils the database state of the others and every record gets
 * its own outcome.
 */
@Service
public class Submissions {

  public static final int MAX_RECORDS = 10_000;

  private final SubmissionReceipts receipts;
  private final AuditLog audit;
  private final RegistryClock clock;
  private final TransactionTemplate transaction;
  private final TransactionTemplate savepoint;
  private final JsonMapper json = JsonMapper.builder().build();

  public Submissions(
      SubmissionReceipts receipts,
      AuditLog audit,
      RegistryClock clock,
      PlatformTransactionManager transactions) {
    this.receipts = receipts;
    this.audit = audit;
    this.clock = clock;
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
          List<ItemOutcome> outcomes = run(items);
          int rejected =
              (int) outcomes.stream().filter(o -> o.status().equals(ItemOutcome.REJECTED)).count();
          if (mode == SubmissionMode.ATOMIC && rejected > 0) {
            throw new SubmissionRejectedException(
                receipt(
                    mode,
                    false,
                    "REJECTED",
                    outcomes.stream()
                        .map(o -> o.status().equals(ItemOutcome.ACCEPTED) ? o.notStored() : o)
                        .toList()));
          }
          Receipt receipt =
              receipt(mode, false, rejected == 0 ? "ACCEPTED" : "PARTIALLY_ACCEPTED", outcomes);
          receipts.store(actor.scope(), actor.name(), receipt, toJson(receipt));
          return receipt;
        });
  }

  /** Runs every record as a real submission would, then rolls all of it back. */
  public Receipt dryRun(Actor actor, SubmissionMode mode, List<SubmissionItem> items) {
    actor.writingSite();
    return transaction.execute(
        status -> {
          List<ItemOutcome> outcomes = run(items);
          status.setRollbackOnly();
          return receipt(mode, true, "VALIDATED", outcomes);
        });
  }

  public Optional<String> receiptJson(Actor actor, UUID id) {
    actor.writingSite();
    return receipts.findJson(actor.scope(), id);
  }

  private String toJson(Receipt receipt) {
    return json.writeValueAsString(receipt);
  }

  private List<ItemOutcome> run(List<SubmissionItem> items) {
    List<ItemOutcome> outcomes = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      outcomes.add(runOne(i, items.get(i)));
    }
    return outcomes;
  }

  private ItemOutcome runOne(int index, SubmissionItem item) {
    int auditMark = audit.pending();
    try {
      UUID id = savepoint.execute(status -> item.write().get());
      return new ItemOutcome(
          index, item.ref(), item.type(), ItemOutcome.ACCEPTED, id, List.of(), List.of());
    } catch (RuntimeException e) {
      // The savepoint rolled back the record; its audit rows must not outlive it.
      audit.discardFrom(auditMark);
      return rejection(index, item, e);
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
        ItemOutcome.REJECTED,
        null,
        violations.stream().filter(Violation::rejects).toList(),
        violations.stream().filter(v -> !v.rejects()).toList());
  }

  private Receipt receipt(
      SubmissionMode mode, boolean dryRun, String status, List<ItemOutcome> outcomes) {
    int accepted =
        (int) outcomes.stream().filter(o -> o.status().equals(ItemOutcome.ACCEPTED)).count();
    int rejected =
        (int) outcomes.stream().filter(o -> o.status().equals(ItemOutcome.REJECTED)).count();
    return new Receipt(
        UUID.randomUUID(),
        mode.name(),
        dryRun,
        status,
        clock.now(),
        outcomes.size(),
        accepted,
        rejected,
        outcomes);
  }
}
