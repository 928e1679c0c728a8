package no.mfa.hrd.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import no.mfa.hrd.ServiceTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The indexes Camunda ships for other databases exist once the service has started (H2, or PostgreSQL with -Ppostgres). */
@ServiceTest
class EngineIndexesTest {

  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;
  @Autowired EngineIndexes indexes;

  @Test
  void subtasksAreLookedUpByAnIndexOnTheParentTask() throws Exception {
    assertThat(indexedColumns("ACT_RU_TASK")).contains("PARENT_TASK_ID_");
  }

  @Test
  void creatingThemAgainOnANodeThatStartsLaterChangesNothing() throws Exception {
    indexes.postProcessEngineBuild(engine);
    assertThat(indexedColumns("ACT_RU_TASK")).containsOnlyOnce("PARENT_TASK_ID_");
  }

  /** The columns of the table's indexes, one entry per index and column; PostgreSQL folds names to lower case. */
  private List<String> indexedColumns(String table) throws Exception {
    List<String> columns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String name : List.of(table, table.toLowerCase())) {
        try (ResultSet index = connection.getMetaData().getIndexInfo(null, null, name, false, false)) {
          while (index.next()) {
            if (index.getString("COLUMN_NAME") != null) {
              columns.add(index.getString("COLUMN_NAME").toUpperCase());
            }
          }
        }
      }
    }
    return columns;
  }
}
