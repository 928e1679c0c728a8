package no.mfa.hrd.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.Forms;
import no.mfa.hrd.support.TestMail;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Notifications through GreenMail, a real SMTP server: one message each, no personal data, outages survived. */
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationTest {

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  /** A distinctive value for every text field of the case, so that a leak cannot hide. */
  private static final Map<String, String> SECRETS = Map.of(
      "summary", "Leila Haddad, Kibera",
      "details", "Detained-by-Unit-7-on-Ngong-Road",
      "acknowledgement", "Followed-up-with-Amani-Legal-Aid",
      "review", "Desk-note-about-Haddad-family");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  private Forms forms;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    forms = new Forms(engine);
  }

  @AfterEach
  void removeExtraDeskMember() {
    engine.getIdentityService().deleteUser("desk.africa.second");
  }

  @Test
  void eachNotificationGivesExactlyOneMessageWithoutPersonalData(CapturedOutput output) throws Exception {
    ProcessInstance instance = caseAwaitingDeskNotification();
    String reference = instance.getBusinessKey();

    managementService.executeJob(notificationJob(instance).getId());
    forms.submit(task(instance), Map.of("review", SECRETS.get("review")), "desk.africa", "desk-africa");
    managementService.executeJob(notificationJob(instance).getId());
    BpmnAwareTests.assertThat(instance).isEnded();

    MimeMessage[] messages = mail.getReceivedMessages();
    assertThat(messages).hasSize(2);
    MimeMessage toDesk = messages[0];
    assertThat(toDesk.getAllRecipients()[0].toString()).isEqualTo("desk.africa@example.org");
    assertThat(toDesk.getSubject()).isEqualTo("HRD Support: a task awaits your group");
    assertThat(text(toDesk))
        .contains("A task awaits your group.", "Step: Review case", "Case: " + reference, "Due: 31.01.2030 12:00")
        .contains("Open Tasklist: http://localhost:8080/camunda/app/tasklist/default/#/?searchQuery=");
    assertThat(messages[1].getAllRecipients()[0].toString()).isEqualTo("mission.nairobi@example.org");
    assertThat(messages[1].getSubject()).isEqualTo("HRD Support: for your information");

    List<String> everything = new ArrayList<>();
    for (MimeMessage message : messages) {
      everything.add(message.getSubject());
      everything.add(text(message));
    }
    everything.add(jdbc.queryForList("select * from hrd_notification where case_reference = ?", reference).toString());
    everything.add(output.getAll());
    for (String secret : SECRETS.values()) {
      assertThat(everything).noneMatch(text -> text.contains(secret));
    }
    assertThat(everything).noneMatch(text -> text.contains("Kenya"));
  }

  @Test
  void anSmtpOutageRetriesThenRaisesAnIncidentAndDeliversOnceWhenResolved() throws Exception {
    ProcessInstance instance = caseAwaitingDeskNotification();
    Job job = notificationJob(instance);
    mail.stop();

    int attempts = 0;
    while (managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0 && attempts < 10) {
      attempts++;
      assertThatThrownBy(() -> managementService.executeJob(job.getId()))
          .isInstanceOf(NotificationDeliveryException.class)
          .hasMessageNotContaining("@");
    }
    assertThat(attempts).as("R3: three attempts in all, then an incident").isEqualTo(3);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    assertThat(outbox(instance)).singleElement().satisfies(row -> {
      assertThat(row.get("STATUS")).isEqualTo("FAILED");
      assertThat(row.get("ATTEMPTS")).isEqualTo(3);
      assertThat((String) row.get("LAST_ERROR")).doesNotContain("@");
    });
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_RecordDetails").finished().count())
        .as("the task before the notification stays completed").isEqualTo(1);

    mail.start();
    managementService.setJobRetries(job.getId(), 1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    managementService.executeJob(job.getId());

    assertThat(mail.getReceivedMessages()).hasSize(1);
    assertThat(outbox(instance)).singleElement().satisfies(row -> assertThat(row.get("STATUS")).isEqualTo("SENT"));
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReviewCase");
  }

  @Test
  void aHandOffToAGroupWithoutMembersBecomesAnIncidentInsteadOfSilence() {
    ProcessInstance instance = caseAwaitingDeskNotification();
    Job job = notificationJob(instance);
    var identity = engine.getIdentityService();
    identity.deleteMembership("desk.africa", "desk-africa");
    try {
      for (int attempt = 0; attempt < 3; attempt++) {
        assertThatThrownBy(() -> managementService.executeJob(job.getId()))
            .isInstanceOf(NotificationDeliveryException.class).hasMessageContaining("[desk-africa] has no members");
      }
      assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_NotifyDesk");
    } finally {
      identity.createMembership("desk.africa", "desk-africa");
    }

    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReviewCase");
  }

  @Test
  void aRetriedJobNeverSendsTheSameMessageTwice() throws Exception {
    User second = engine.getIdentityService().newUser("desk.africa.second");
    second.setEmail("not an address");
    engine.getIdentityService().saveUser(second);
    engine.getIdentityService().createMembership("desk.africa.second", "desk-africa");
    ProcessInstance instance = caseAwaitingDeskNotification();
    Job job = notificationJob(instance);

    assertThatThrownBy(() -> managementService.executeJob(job.getId()))
        .isInstanceOf(NotificationDeliveryException.class).hasMessageContaining("1 of 2 recipients");
    assertThat(mail.getReceivedMessages()).as("the first member got it").hasSize(1);

    second.setEmail("desk.africa.second@example.org");
    engine.getIdentityService().saveUser(second);
    managementService.executeJob(job.getId());

    assertThat(mail.getReceivedMessages()).extracting(message -> message.getAllRecipients()[0].toString())
        .containsExactlyInAnyOrder("desk.africa@example.org", "desk.africa.second@example.org");
  }

  @Test
  void theOutboxIsForAdministratorsAndTheHrSection() throws Exception {
    ProcessInstance instance = caseAwaitingDeskNotification();
    managementService.executeJob(notificationJob(instance).getId());
    String path = "/notifications?caseReference=" + instance.getBusinessKey();

    EngineRest.Response hr = api("hr.section", "demo").get(path);
    assertThat(hr.code()).isEqualTo(200);
    assertThat(hr.body()).singleElement().satisfies(row -> {
      assertThat(row.get("recipientUser").asText()).isEqualTo("desk.africa");
      assertThat(row.get("template").asText()).isEqualTo("TASK_WAITING");
      assertThat(row.get("status").asText()).isEqualTo("SENT");
      assertThat(row.get("attempts").asInt()).isEqualTo(1);
      assertThat(row.get("sentAt").isNull()).isFalse();
    });
    assertThat(api("admin", "admin").get(path).code()).isEqualTo(200);
    assertThat(api("mission.nairobi", "demo").get(path).code()).isEqualTo(403);
    assertThat(api("hr.section", "demo").get("/notifications?limit=0").code()).isEqualTo(400);
    assertThat(EngineRest.anonymous(port, "/api").get(path).code()).isEqualTo(401);
  }

  private EngineRest api(String user, String password) {
    return EngineRest.as(port, "/api", user, password);
  }

  /** A Nairobi case whose mission steps are done, with every text field distinctive. */
  private ProcessInstance caseAwaitingDeskNotification() {
    ProcessInstance instance = forms.start("caseFileTest", Map.of("summary", SECRETS.get("summary")),
        "mission.nairobi", "mission-nairobi");
    forms.submit(task(instance), Map.of("details", SECRETS.get("details")), "mission.nairobi", "mission-nairobi");
    ProcessInstance followUp = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .singleResult();
    forms.submit(task(followUp), Map.of("acknowledgement", SECRETS.get("acknowledgement")),
        "mission.nairobi", "mission-nairobi");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_NotifyDesk");
    return instance;
  }

  private Job notificationJob(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }

  private List<Map<String, Object>> outbox(ProcessInstance instance) {
    return jdbc.queryForList("select * from hrd_notification where case_reference = ?", instance.getBusinessKey());
  }

  private static String text(MimeMessage message) throws Exception {
    return String.valueOf(message.getContent());
  }
}
