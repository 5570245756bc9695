package no.followup.registry.testsupport;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A real PostgreSQL for tests: an external server when {@code REGISTRY_DB_URL} is set (with {@code
 * REGISTRY_DB_USER} and {@code REGISTRY_DB_PASSWORD}), otherwise an embedded PostgreSQL 15 started
 * once per JVM. Every call to {@link #fresh()} creates a new, empty database, so tests never see
 * each other's rows; on an external server those databases are dropped when the JVM ends.
 */
public final class TestDatabase {

  private static final List<HikariDataSource> POOLS = new CopyOnWriteArrayList<>();
  private static Server server;

  private final ConnectionSettings settings;
  private final HikariDataSource dataSource;

  private TestDatabase(ConnectionSettings settings) {
    this.settings = settings;
    this.dataSource = pool(settings);
    POOLS.add(dataSource);
  }

  /** A new empty database, for code (such as Spring Boot's Flyway) that migrates it itself. */
  public static TestDatabase fresh() {
    return new TestDatabase(server().createDatabase());
  }

  /** A new database with the registry's whole schema migrated by Flyway. */
  public static TestDatabase migrated() {
    TestDatabase database = fresh();
    Flyway.configure().dataSource(database.dataSource).load().migrate();
    return database;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public ConnectionSettings settings() {
    return settings;
  }

  /**
   * A login in {@code registry_application}, the role the application runs as in production (it may
   * not rewrite the audit trail; migration V17 grants it the rest). The role is the server's, not
   * the database's, so it is made once and shared; the migration grants it its rights in each
   * database.
   */
  public ConnectionSettings applicationLogin() {
    server().createApplicationLogin();
    return new ConnectionSettings(
        withoutCredentials(settings.url()), APPLICATION_LOGIN, APPLICATION_LOGIN);
  }

  /** The embedded server's URLs carry {@code user=} and {@code password=}, which would win. */
  private static String withoutCredentials(String url) {
    int query = url.indexOf('?');
    if (query < 0) {
      return url;
    }
    String kept =
        java.util.Arrays.stream(url.substring(query + 1).split("&"))
            .filter(p -> !p.startsWith("user=") && !p.startsWith("password="))
            .collect(java.util.stream.Collectors.joining("&"));
    return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
  }

  private static final String APPLICATION_LOGIN = "registry_app_test";

  /** JDBC URL, user and password of one test database. */
  public record ConnectionSettings(String url, String user, String password) {

    /** The password as a property value: empty rather than null. */
    public String passwordOrEmpty() {
      return password == null ? "" : password;
    }
  }

  private static synchronized Server server() {
    if (server == null) {
      String externalUrl = System.getenv("REGISTRY_DB_URL");
      server =
          externalUrl == null || externalUrl.isBlank()
              ? Server.embedded()
              : Server.external(externalUrl);
    }
    return server;
  }

  private static HikariDataSource pool(ConnectionSettings settings) {
    HikariConfig config = new HikariConfig();
    // Dozens of test databases may live on one server in a run: keep few connections open to each.
    config.setMinimumIdle(1);
    config.setJdbcUrl(settings.url());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(8);
    return new HikariDataSource(config);
  }

  /**
   * The PostgreSQL server that hosts the test databases; on an external server the databases it
   * created are dropped, one after the other, when the JVM ends.
   */
  private record Server(ConnectionSettings admin, boolean dropOnExit, List<String> created) {

    Server(ConnectionSettings admin, boolean dropOnExit) {
      this(admin, dropOnExit, new CopyOnWriteArrayList<>());
      if (dropOnExit) {
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      POOLS.forEach(HikariDataSource::close);
                      created.forEach(this::drop);
                    }));
      }
    }

    static Server embedded() {
      try {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
        return new Server(
            new ConnectionSettings(
                postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"),
            false);
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
    }

    static Server external(String url) {
      return new Server(
          new ConnectionSettings(
              url,
              System.getenv().getOrDefault("REGISTRY_DB_USER", "postgres"),
              System.getenv("REGISTRY_DB_PASSWORD")),
          true);
    }

    synchronized void createApplicationLogin() {
      try (Connection connection =
              java.sql.DriverManager.getConnection(admin.url(), admin.user(), admin.password());
          Statement statement = connection.createStatement()) {
        statement.execute(
            """
            DO $$
            BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'registry_application') THEN
                    CREATE ROLE registry_application NOLOGIN;
                END IF;
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'registry_app_test') THEN
                    CREATE ROLE registry_app_test LOGIN PASSWORD 'registry_app_test'
                        IN ROLE registry_application;
                END IF;
            END
            $$
            """);
      } catch (SQLException e) {
        throw new IllegalStateException("could not create the application's test login", e);
      }
    }

    ConnectionSettings createDatabase() {
      String name =
          "registry_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      try (Connection connection =
              java.sql.DriverManager.getConnection(admin.url(), admin.user(), admin.password());
          Statement statement = connection.createStatement()) {
        // The name is generated above from hex digits only, so it is safe to inline.
        statement.execute("CREATE DATABASE " + name.toLowerCase(Locale.ROOT));
      } catch (SQLException e) {
        throw new IllegalStateException("could not create test database", e);
      }
      if (dropOnExit) {
        created.add(name);
      }
      return new ConnectionSettings(
          withDatabase(admin.url(), name), admin.user(), admin.password());
    }

    /**
     * Drops a test database, ending whatever connections still use it (PostgreSQL 13 and later).
     */
    private void drop(String name) {
      try (Connection connection =
              java.sql.DriverManager.getConnection(admin.url(), admin.user(), admin.password());
          Statement statement = connection.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      } catch (SQLException e) {
        // The JVM is exiting; a database left behind is harmless and has a recognisable name.
      }
    }

    private static String withDatabase(String url, String database) {
      int slash = url.indexOf('/', "jdbc:postgresql://".length());
      int query = url.indexOf('?', slash);
      String rest = query < 0 ? "" : url.substring(query);
      return url.substring(0, slash + 1) + database + rest;
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
      try {
        postgres.close();
      } catch (IOException ignored) {
        // The JVM is exiting; the temporary data directory goes with it.
      }
    }
  }
}
