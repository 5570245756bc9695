package no.followup.registry.persistence.research;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.followup.registry.domain.research.DataLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDataLocks implements DataLocks {

  private final JdbcClient jdbc;

  JdbcDataLocks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean lock(DataLock lock) {
    return jdbc.sql(
                """
                INSERT INTO data_lock (lock_date, locked_by, locked_at) VALUES (?, ?, ?)
                ON CONFLICT (lock_date) DO NOTHING
                """)
            .params(lock.date(), lock.lockedBy(), Timestamp.from(lock.lockedAt()))
            .update()
        == 1;
  }

  @Override
  public boolean isLocked(LocalDate date) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM data_lock WHERE lock_date = ?)")
        .param(date)
        .query(Boolean.class)
        .single();
  }

  @Override
  public List<DataLock> all() {
    return jdbc.sql("SELECT * FROM data_lock ORDER BY lock_date DESC")
        .query(
            (rs, row) ->
                new DataLock(
                    rs.getObject("lock_date", LocalDate.class),
                    rs.getString("locked_by"),
                    rs.getObject("locked_at", OffsetDateTime.class).toInstant()))
        .list();
  }
}
