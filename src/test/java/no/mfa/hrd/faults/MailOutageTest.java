package no.mfa.hrd.faults;

import static no.mfa.hrd.support.Scenario.NAIROBI;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.Scenario;
import no.mfa.hrd.support.ScenarioTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The mail server is down while a burst of cases reaches a hand-off. Nothing of the cases is lost:
 * every notification retries, then waits as an incident; once mail is back and the incidents are
 * retried, each message goes out exactly once and every case goes on.
 */
@ScenarioTest
class MailOutageTest {

  private static final int CASES = 200;

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  private final Scenario scenario;

  MailOutageTest(Scenario scenario) {
    this.scenario = scenario;
  }

  @Test
  void aBurstOfHandOffsDuringAnOutageIsDeliveredExactlyOnceWhenMailIsBack() {
    List<ProcessInstance> cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      ProcessInstance instance = scenario.start("caseFileTest", Map.of("summary", "Case " + i), NAIROBI);
      scenario.submit(instance, "Task_RecordDetails", Map.of("details", "Details " + i), NAIROBI);
      scenario.submit(instance, "Task_AcknowledgeFollowUp", Map.of("acknowledgement", "Seen"), NAIROBI);
      cases.add(instance);
    }
    Set<String> ids = cases.stream().map(ProcessInstance::getId).collect(Collectors.toSet());
    ManagementService management = engine.getManagementService();
    List<Job> handOffs = management.createJobQuery().processInstanceIds(ids).messages().list();
    assertThat(handOffs).hasSize(CASES).allMatch(job -> job.getRetries() == 3);

    // No SMTP server listens: every attempt fails, three times, then the job waits as an incident.
    for (int attempt = 0; attempt < 3; attempt++) {
      for (Job job : handOffs) {
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException mailDown) {
          // the job keeps its failure and one retry fewer
        }
      }
    }
    assertThat(management.createJobQuery().processInstanceIds(ids).noRetriesLeft().count()).isEqualTo(CASES);
    assertThat(engine.getRuntimeService().createIncidentQuery().incidentType("failedJob").count()).isEqualTo(CASES);
    cases.forEach(instance -> BpmnAwareTests.assertThat(instance).isWaitingAt("Task_NotifyDesk"));

    GreenMail mail = new GreenMail(ServerSetupTest.SMTP);
    mail.start();
    try {
      // An administrator retries the incidents, as Cockpit does.
      EngineRest admin = EngineRest.as(port, "admin", "admin");
      for (Job job : handOffs) {
        assertThat(admin.put("/job/" + job.getId() + "/retries", Map.of("retries", 1)).code()).isEqualTo(204);
      }
      handOffs.forEach(job -> management.executeJob(job.getId()));

      long deskMembers = engine.getIdentityService().createUserQuery().memberOfGroup("desk-africa").count();
      assertThat(mail.getReceivedMessages()).hasSize((int) (CASES * deskMembers));
      assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
      cases.forEach(instance -> BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReviewCase"));
      assertThat(engine.getTaskService().createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new))
          .taskDefinitionKey("Task_ReviewCase").count()).isEqualTo(CASES);
    } finally {
      mail.stop();
    }
  }
}
