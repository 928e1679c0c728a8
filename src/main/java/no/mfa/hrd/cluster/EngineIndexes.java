package no.mfa.hrd.cluster;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An index on the engine's tables that Camunda's own scripts create only for SQL Server, made once the
 * engine's schema exists (Flyway runs before it, so it cannot be a migration), on H2 and PostgreSQL,
 * only where it is missing and, on PostgreSQL, one node at a time.
 *
 * <p>Completing any task looks up its subtasks by {@code ACT_RU_TASK.PARENT_TASK_ID_}: without the
 * index every completion read every open task (issue 18: 4.4 ms a completion at 10,000 open tasks on
 * H2, growing with them).
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);
  static final String TABLE = "ACT_RU_TASK";
  static final String COLUMN = "PARENT_TASK_ID_";
  /** Camunda's name for it in its SQL Server script. */
  static final String NAME = "ACT_IDX_TASK_PARENT_TASK_ID";
  private static final Set<String> DATABASES = Set.of("H2", "PostgreSQL");
  /** An arbitrary key, the same on every node, other than the schema creation lock's. */
  private static final long LOCK_KEY = 0x4852445F494458L;

  private final DataSource dataSource;

  public EngineIndexes(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    String prefix = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDatabaseTablePrefix();
    try (Connection connection = dataSource.getConnection()) {
      String database = connection.getMetaData().getDatabaseProductName();
      if (!DATABASES.contains(database) || (prefix != null && !prefix.isEmpty())) {
        LOG.info("{} on {} with table prefix '{}' is the administrator's to create", NAME, database, prefix);
        return;
      }
      // Looked up first: creating it, even "if not exists", locks the table against writes on PostgreSQL.
      if (indexed(connection.getMetaData())) {
        return;
      }
      boolean postgres = "PostgreSQL".equals(database);
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        if (postgres) {
          // Two nodes creating it at once: the second would fail on PostgreSQL's catalogue.
          statement.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
        }
        statement.execute("create index if not exists " + NAME + " on " + TABLE + "(" + COLUMN + ")");
        connection.commit();
      } catch (SQLException failure) {
        connection.rollback();
        throw failure;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException failure) {
      throw new ProcessEngineException("Could not create the index " + NAME, failure);
    }
  }

  /** Whether an index covers the column first; PostgreSQL folds the names to lower case. */
  static boolean indexed(DatabaseMetaData metaData) throws SQLException {
    for (String table : Set.of(TABLE, TABLE.toLowerCase(Locale.ROOT))) {
      try (ResultSet index = metaData.getIndexInfo(null, null, table, false, false)) {
        while (index.next()) {
          if (index.getShort("ORDINAL_POSITION") == 1 && COLUMN.equalsIgnoreCase(index.getString("COLUMN_NAME"))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
