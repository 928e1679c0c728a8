package no.mfa.hrd.casefile;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway's V6, once per database: grants to read a case's history stored before {@link CaseAccess}
 * gave them the case's root instance had none, so the history cleanup never removed them. Those whose
 * case still has history now carry its root instance and removal time; those whose history is already
 * gone are deleted. A new database has no grants yet (Flyway runs before the engine creates its tables).
 */
@Component
public class HistoryGrantsRepair implements JavaMigration {

  private static final String TABLE = "ACT_RU_AUTHORIZATION";
  private static final int HISTORIC_PROCESS_INSTANCE = Resources.HISTORIC_PROCESS_INSTANCE.resourceType();
  private static final String CASE_HISTORY =
      "from ACT_HI_PROCINST h where h.PROC_INST_ID_ = ACT_RU_AUTHORIZATION.RESOURCE_ID_";
  private static final String UNREPAIRED =
      "RESOURCE_TYPE_ = " + HISTORIC_PROCESS_INSTANCE + " and ROOT_PROC_INST_ID_ is null and RESOURCE_ID_ <> '*'"
      // what CaseAccess wrote: grants to groups, not an administrator's grants to users or revokes
      + " and TYPE_ = " + Authorization.AUTH_TYPE_GRANT + " and GROUP_ID_ is not null";

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("6");
  }

  @Override
  public String getDescription() {
    return "history grants carry their case";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    repair(context.getConnection());
  }

  static void repair(Connection connection) throws SQLException {
    if (!engineTablesExist(connection.getMetaData(), connection.getSchema())) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("update " + TABLE + " set"
          + " ROOT_PROC_INST_ID_ = (select h.ROOT_PROC_INST_ID_ " + CASE_HISTORY + "),"
          + " REMOVAL_TIME_ = (select h.REMOVAL_TIME_ " + CASE_HISTORY + ")"
          + " where " + UNREPAIRED + " and exists (select 1 " + CASE_HISTORY + ")");
      statement.executeUpdate("delete from " + TABLE + " where " + UNREPAIRED
          + " and not exists (select 1 " + CASE_HISTORY + ")");
    }
  }

  /** PostgreSQL folds the names to lower case. */
  private static boolean engineTablesExist(DatabaseMetaData metaData, String schema) throws SQLException {
    for (String table : new String[] {TABLE, TABLE.toLowerCase(Locale.ROOT)}) {
      try (ResultSet tables = metaData.getTables(null, schema, table, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
