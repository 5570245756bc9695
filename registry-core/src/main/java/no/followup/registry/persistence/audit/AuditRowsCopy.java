package no.followup.registry.persistence.audit;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;

/**
 * Writes many audit rows with PostgreSQL's {@code COPY} (text format) on the caller's transaction's
 * connection: a bulk submission's hundreds of rows in one stream instead of bound parameters. The
 * rows are the same the {@code INSERT} writes, value for value; the table's triggers and grants
 * apply to {@code COPY} as to an insert.
 */
final class AuditRowsCopy {

  private static final HexFormat HEX = HexFormat.of();

  private final DataSource dataSource;
  private final String copy;

  AuditRowsCopy(DataSource dataSource, List<String> columns) {
    this.dataSource = dataSource;
    this.copy = "COPY audit_event (" + String.join(", ", columns) + ") FROM STDIN";
  }

  void write(List<Object[]> rows) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(text(rows)));
    } catch (SQLException e) {
      throw new SQLErrorCodeSQLExceptionTranslator(dataSource)
          .translate("COPY audit_event", copy, e);
    } catch (IOException e) {
      throw new DataAccessResourceFailureException("COPY audit_event", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /** The rows as COPY's text format: tab between values, a line each, {@code \N} for none. */
  static String text(List<Object[]> rows) {
    StringBuilder text = new StringBuilder(rows.size() * 256);
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        value(text, row[i]);
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static void value(StringBuilder text, Object value) {
    if (value == null) {
      text.append("\\N");
    } else if (value instanceof byte[] bytes) {
      // bytea's hex input, its backslash escaped for COPY.
      text.append("\\\\x").append(HEX.formatHex(bytes));
    } else {
      escaped(text, value.toString());
    }
  }

  private static void escaped(StringBuilder text, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
  }
}
