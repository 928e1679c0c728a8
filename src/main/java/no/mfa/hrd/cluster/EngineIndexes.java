package no.mfa.hrd.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Indexes on the engine's tables that Camunda's own scripts create only for some databases, made once
 * the engine's schema exists (Flyway runs before it, so they cannot be a migration), idempotently and,
 * on PostgreSQL, one node at a time.
 *
 * <p>Completing any task looks up its subtasks by {@code ACT_RU_TASK.PARENT_TASK_ID_}, which only the
 * Microsoft SQL Server script indexes: elsewhere every completion read every open task (issue 18: 4.4 ms
 * a completion at 10,000 open tasks on H2, growing with them).
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  /** Each as Camunda's SQL Server script names and defines it; H2 and PostgreSQL both know IF NOT EXISTS. */
  static final List<String> INDEXES = List.of(
      "create index if not exists ACT_IDX_TASK_PARENT_TASK_ID on ACT_RU_TASK(PARENT_TASK_ID_)");

  /** An arbitrary key, the same on every node, other than the schema creation lock's. */
  private static final long LOCK_KEY = 0x4852445F494458L;

  private final DataSource dataSource;

  public EngineIndexes(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        // Two nodes creating the same index at once: the second would fail on PostgreSQL's catalogue.
        statement.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
      }
      for (String index : INDEXES) {
        statement.execute(index);
      }
      connection.commit();
      connection.setAutoCommit(autoCommit);
    } catch (SQLException failure) {
      throw new ProcessEngineException("Could not create the engine's missing indexes", failure);
    }
  }
}
