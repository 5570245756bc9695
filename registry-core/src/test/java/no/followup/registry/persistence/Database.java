package no.followup.registry.persistence;

import javax.sql.DataSource;
import no.followup.registry.persistence.workingset.JdbcWorkingSet;
import no.followup.registry.testsupport.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A migrated test database with the JDBC helpers the adapters take. One per test class. */
public record Database(
    DataSource dataSource,
    JdbcClient jdbc,
    JdbcTemplate template,
    DataSourceTransactionManager transactions,
    JdbcWorkingSet workingSet) {

  public static Database migrated() {
    DataSource dataSource = TestDatabase.migrated().dataSource();
    return new Database(
        dataSource,
        JdbcClient.create(dataSource),
        new JdbcTemplate(dataSource),
        new DataSourceTransactionManager(dataSource),
        new JdbcWorkingSet(new NamedParameterJdbcTemplate(dataSource)));
  }

  public TransactionTemplate inTransaction() {
    return new TransactionTemplate(transactions);
  }
}
