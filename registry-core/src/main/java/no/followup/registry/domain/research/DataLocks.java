package no.followup.registry.domain.research;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The dates row-level data are released as of. A lock is never lifted. */
public interface DataLocks {

  /** A locked date, who locked it and when. */
  record DataLock(LocalDate date, String lockedBy, Instant lockedAt) {}

  /** Locks the date; false if it was locked already. */
  boolean lock(DataLock lock);

  boolean isLocked(LocalDate date);

  /** Every lock, newest date first. */
  List<DataLock> all();
}
