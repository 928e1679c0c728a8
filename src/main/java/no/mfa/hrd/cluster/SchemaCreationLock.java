package no.mfa.hrd.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Nodes that start together on an empty PostgreSQL database would both create the engine's schema,
 * and one would fail. Like Flyway for our own tables, each node holds a PostgreSQL advisory lock
 * from before the engine's schema check until the engine is built. (H2 serves one node only.)
 *
 * <p>Holds a connection during start-up only, so this plugin keeps it between the two callbacks.
 */
@Component
public class SchemaCreationLock extends AbstractProcessEnginePlugin {

  /** An arbitrary key, the same on every node. */
  private static final long LOCK_KEY = 0x4852445F454E47L;

  private final DataSource dataSource;
  private Connection lockHolder;

  public SchemaCreationLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
      }
      lockHolder = connection;
    } catch (SQLException failure) {
      throw new ProcessEngineException("Could not take the schema creation lock", failure);
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    if (lockHolder == null) {
      return;
    }
    try (Connection connection = lockHolder; Statement statement = connection.createStatement()) {
      statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
    } catch (SQLException failure) {
      throw new ProcessEngineException("Could not release the schema creation lock", failure);
    } finally {
      lockHolder = null;
    }
  }
}
