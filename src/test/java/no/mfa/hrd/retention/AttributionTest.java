package no.mfa.hrd.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.List;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.Fixture;
import no.mfa.hrd.support.RestCase;
import no.mfa.hrd.support.TestMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every step of a case worked over REST is recorded in full history with the user who did it. */
@ServiceTest
class AttributionTest {

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @Test
  void aCaseWorkedOverRestNamesWhoStartedItAndWhoClaimedAndCompletedEachTask() {
    assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
    Fixture fixture = Fixture.of("section35Request");
    RestCase request = RestCase.open(port, engine, "mission.nairobi", "section35Request", fixture.step("start"));
    request.work("mission.nairobi", "Task_ConsiderOtherProtection", fixture.step("otherProtectionEnough"));

    HistoricProcessInstance started = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(request.instanceId()).singleResult();
    assertThat(started.getStartUserId()).isEqualTo("mission.nairobi");
    List<HistoricTaskInstance> tasks = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(request.instanceId()).list();
    assertThat(tasks).extracting(HistoricTaskInstance::getAssignee).containsOnly("mission.nairobi");
    List<UserOperationLogEntry> operations = engine.getHistoryService().createUserOperationLogQuery()
        .processInstanceId(request.instanceId()).list();
    assertThat(operations).extracting(UserOperationLogEntry::getOperationType)
        .contains(UserOperationLogEntry.OPERATION_TYPE_CLAIM, UserOperationLogEntry.OPERATION_TYPE_COMPLETE);
    assertThat(operations).as("no operation is anonymous").extracting(UserOperationLogEntry::getUserId)
        .containsOnly("mission.nairobi");
  }
}
