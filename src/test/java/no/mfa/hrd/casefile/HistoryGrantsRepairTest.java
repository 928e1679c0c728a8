package no.mfa.hrd.casefile;

import static no.mfa.hrd.support.Scenario.NAIROBI;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import no.mfa.hrd.support.Fixture;
import no.mfa.hrd.support.Scenario;
import no.mfa.hrd.support.ScenarioTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Grants to read a case's history that were stored without their case are repaired once, or removed. */
@ScenarioTest
class HistoryGrantsRepairTest {

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  private final Scenario scenario;

  HistoryGrantsRepairTest(Scenario scenario) {
    this.scenario = scenario;
  }

  @Test
  void aGrantOnAnEndedCaseGainsItsRemovalTimeAndAGrantOnHistoryAlreadyGoneIsDeleted() throws Exception {
    ProcessInstance ended = scenario.start("section35Request",
        Fixture.of("section35Request").step("start", "consentToShare", "no"), NAIROBI);
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    // As CaseAccess stored them before: no root instance, no removal time.
    jdbc.update("update ACT_RU_AUTHORIZATION set ROOT_PROC_INST_ID_ = null, REMOVAL_TIME_ = null where RESOURCE_ID_ = ?",
        ended.getId());
    String orphan = "0d1f9e1c-0000-11f1-0000-000000000000";
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization onGoneHistory = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    onGoneHistory.setGroupId("mission-nairobi");
    onGoneHistory.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
    onGoneHistory.setResourceId(orphan);
    onGoneHistory.addPermission(HistoricProcessInstancePermissions.READ);
    authorizations.saveAuthorization(onGoneHistory);
    long roleWide = authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
        .resourceId(Authorization.ANY).count();

    try (Connection connection = dataSource.getConnection()) {
      HistoryGrantsRepair.repair(connection);
    }

    HistoricProcessInstance history = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(ended.getId()).singleResult();
    List<Authorization> grants = authorizations.createAuthorizationQuery()
        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(ended.getId()).list();
    assertThat(grants).as("the mission's and the desk's").hasSize(2).allSatisfy(grant -> {
      assertThat(grant.getRootProcessInstanceId()).isEqualTo(history.getRootProcessInstanceId());
      assertThat(grant.getRemovalTime()).isNotNull().isEqualTo(history.getRemovalTime());
    });
    assertThat(authorizations.createAuthorizationQuery().resourceId(orphan).count()).isZero();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
        .resourceId(Authorization.ANY).count()).as("role-wide grants untouched").isEqualTo(roleWide);
  }

  @Test
  void grantsOfNewCasesCarryTheirCaseSoTheRepairLeavesThemAsTheyAre() throws Exception {
    ProcessInstance running = scenario.start("section35Request", Fixture.of("section35Request").step("start"), NAIROBI);
    try (Connection connection = dataSource.getConnection()) {
      HistoryGrantsRepair.repair(connection);
    }
    assertThat(engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(running.getId()).list())
        .hasSize(2).allSatisfy(grant -> {
          assertThat(grant.getRootProcessInstanceId()).isEqualTo(running.getRootProcessInstanceId());
          assertThat(grant.getRemovalTime()).as("a running case").isNull();
        });
  }
}
