package no.followup.registry.application.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Notifications waiting to be sent, written in the transaction of the signal they announce. */
public interface NotificationOutbox {

  /**
   * Queues the notification; a visit reminder only when the site has none for that week yet.
   *
   * @return whether it was queued
   */
  boolean queue(Notification notification, Instant now);

  /**
   * Locks up to {@code max} due notifications for the caller's transaction, skipping those another
   * worker holds.
   */
  List<Notification> claimDue(int max, Instant now);

  void sent(UUID id, Instant at);

  void retryAt(UUID id, Instant next, String error);

  void failed(UUID id, String error);

  /** What waits and what failed: for operations, who must know when mail stops going out. */
  Backlog backlog();

  /** Notifications waiting to be sent, the oldest one's raising time, and those given up on. */
  record Backlog(long queued, Optional<Instant> oldestQueued, long failed) {}
}
