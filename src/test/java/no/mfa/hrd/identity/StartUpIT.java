package no.mfa.hrd.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import no.mfa.hrd.HrdSupportApplication;
import no.mfa.hrd.notification.NotificationOutbox;
import no.mfa.hrd.support.Forms;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start-ups of the service outside the shared test context: restarts and the production profile.
 * Run by failsafe in a JVM of its own: starting and closing further engines beside the shared test
 * context takes the REST API's "default" engine away from it.
 */
class StartUpIT {

  record Identities(long users, long groups, long memberships, long authorizations, long filters) {}

  private static final String PRODUCTION_PASSWORD = "Long-Production-Secret-7";

  @Test
  void withoutAMailServerTheDemoRecordsWhatWouldHaveBeenSent() {
    // The default profile: demo users, no spring.mail.host.
    try (ConfigurableApplicationContext context = start(List.of(),
        "--spring.datasource.url=jdbc:h2:mem:no-mail-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        "--camunda.bpm.job-execution.enabled=false",
        "--hrd.access.process-starters.caseFileTest=mission")) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      Forms forms = new Forms(engine);
      ProcessInstance instance = forms.start("caseFileTest", Map.of("summary", "s"), "mission.nairobi", "mission-nairobi");
      forms.submit(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult(),
          Map.of("details", "d"), "mission.nairobi", "mission-nairobi");
      ProcessInstance followUp = engine.getRuntimeService().createProcessInstanceQuery()
          .superProcessInstanceId(instance.getId()).singleResult();
      forms.submit(engine.getTaskService().createTaskQuery().processInstanceId(followUp.getId()).singleResult(),
          Map.of("acknowledgement", "a"), "mission.nairobi", "mission-nairobi");
      Job notifyDesk = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();

      engine.getManagementService().executeJob(notifyDesk.getId());

      List<NotificationOutbox.Row> outbox = context.getBean(NotificationOutbox.class).list(instance.getBusinessKey(), 10);
      assertThat(outbox).singleElement().satisfies(row -> {
        assertThat(row.recipientUser()).isEqualTo("desk.africa");
        assertThat(row.template()).isEqualTo("TASK_WAITING");
        assertThat(row.status()).isEqualTo(NotificationOutbox.Status.RECORDED.name());
        assertThat(row.sentAt()).isNull();
      });
      assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    }
  }

  @Test
  void demoUsersAndAuthorizationsStaySingleAcrossTwoStartUps(@TempDir Path dataDir) {
    String url = "jdbc:h2:file:" + dataDir.resolve("hrd") + ";LOCK_TIMEOUT=10000";

    Identities first = startAndCount(url);
    Identities second = startAndCount(url);

    assertThat(first.users()).as("13 demo users and the admin").isEqualTo(14);
    assertThat(first.memberships()).isEqualTo(14);
    assertThat(first.filters()).isEqualTo(2);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void productionRefusesToStartWithoutAnAdminPassword() {
    assertThatThrownBy(() -> startProduction("")).rootCause()
        .hasMessageContaining("HRD_ADMIN_PASSWORD is not set");
  }

  @Test
  void productionRefusesDemoPasswords() {
    for (String demoPassword : List.of("demo", "admin")) {
      assertThatThrownBy(() -> startProduction(demoPassword)).rootCause()
          .hasMessageContaining("HRD_ADMIN_PASSWORD equals a demo password");
    }
  }

  @Test
  void productionHoldsTheAdministratorsPasswordToThePolicy() {
    assertThatThrownBy(() -> startProduction("a-long-production-secret"))
        .hasStackTraceContaining("Password does not match policy");
  }

  @Test
  void productionCreatesTheAdminButNoDemoUsers() {
    try (ConfigurableApplicationContext context = startProduction(PRODUCTION_PASSWORD)) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      assertThat(engine.getIdentityService().createUserQuery().list())
          .extracting(user -> user.getId()).containsExactly("admin");
      assertThat(engine.getIdentityService().checkPassword("admin", PRODUCTION_PASSWORD)).isTrue();
      assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
    }
  }

  private Identities startAndCount(String url) {
    try (ConfigurableApplicationContext context = start(List.of("test"), "--spring.datasource.url=" + url)) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      var identity = engine.getIdentityService();
      long memberships = identity.createUserQuery().list().stream()
          .mapToLong(user -> identity.createGroupQuery().groupMember(user.getId()).count()).sum();
      return new Identities(
          identity.createUserQuery().count(),
          identity.createGroupQuery().count(),
          memberships,
          engine.getAuthorizationService().createAuthorizationQuery().count(),
          engine.getFilterService().createFilterQuery().count());
    }
  }

  private ConfigurableApplicationContext startProduction(String adminPassword) {
    return start(List.of("production"),
        "--spring.datasource.url=jdbc:h2:mem:production-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        "--spring.datasource.username=sa",
        "--hrd.admin.password=" + adminPassword,
        "--camunda.bpm.job-execution.enabled=false");
  }

  /** The service without its web layer, under an engine name of its own (the shared test context owns "default"). */
  private ConfigurableApplicationContext start(List<String> profiles, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--camunda.bpm.process-engine-name=startup-" + UUID.randomUUID().toString().substring(0, 8));
    all.add("--spring.autoconfigure.exclude=" + CamundaBpmRestJerseyAutoConfiguration.class.getName());
    return new SpringApplicationBuilder(HrdSupportApplication.class)
        .web(WebApplicationType.NONE)
        .profiles(profiles.toArray(String[]::new))
        .run(all.toArray(String[]::new));
  }
}
