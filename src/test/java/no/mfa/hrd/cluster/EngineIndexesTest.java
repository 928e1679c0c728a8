package no.mfa.hrd.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import no.mfa.hrd.ServiceTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The index Camunda ships for SQL Server only exists once the service has started (H2, or PostgreSQL
 * with -Ppostgres), and a node that finds it missing creates it.
 */
@ServiceTest
class EngineIndexesTest {

  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;
  @Autowired EngineIndexes indexes;

  @Test
  void subtasksAreLookedUpByAnIndexOnTheParentTask() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(EngineIndexes.indexed(connection.getMetaData())).isTrue();
    }
  }

  @Test
  void aNodeThatFindsTheIndexMissingCreatesItAndOneThatFindsItLeavesIt() throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("drop index " + EngineIndexes.NAME);
      assertThat(EngineIndexes.indexed(connection.getMetaData())).as("dropped").isFalse();
      indexes.postProcessEngineBuild(engine);
      assertThat(EngineIndexes.indexed(connection.getMetaData())).as("created again").isTrue();
      indexes.postProcessEngineBuild(engine);
      assertThat(EngineIndexes.indexed(connection.getMetaData())).isTrue();
      assertThat(connection.getAutoCommit()).isTrue();
    }
  }
}
