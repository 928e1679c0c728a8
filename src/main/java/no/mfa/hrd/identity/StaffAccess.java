package no.mfa.hrd.identity;

import static no.mfa.hrd.identity.Grant.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrator, the demo identities, the role-wide authorizations and the Tasklist filters,
 * applied idempotently at every start-up, before the web server takes requests, one node at a time. Per-case access is granted when each case starts
 * ({@code casefile.CaseAccess}).
 */
@Component
public class StaffAccess implements SmartInitializingSingleton {

  static final String MY_TASKS = "My tasks";
  static final String GROUP_TASKS = "My group's tasks";

  private static final List<Grant> TASKLIST_USER = List.of(
      Grant.of(APPLICATION, "welcome", ACCESS),
      Grant.of(APPLICATION, "tasklist", ACCESS),
      // Models are not case data: anyone who works tasks may see the diagram.
      Grant.of(PROCESS_DEFINITION, ANY, READ),
      Grant.of(DECISION_DEFINITION, ANY, READ),
      Grant.of(FILTER, ANY, READ));

  /** The HR section has thematic responsibility globally: it reads every case and monitors in Cockpit. */
  private static final List<Grant> SECTION_HR = List.of(
      Grant.of(APPLICATION, "cockpit", ACCESS),
      Grant.of(PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK),
      Grant.of(PROCESS_INSTANCE, ANY, READ),
      Grant.of(TASK, ANY, READ),
      Grant.of(HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ),
      Grant.of(HISTORIC_TASK, ANY, HistoricTaskPermissions.READ),
      Grant.of(DECISION_DEFINITION, ANY, READ, READ_HISTORY),
      Grant.of(DEPLOYMENT, ANY, READ),
      Grant.of(OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ));

  /** Auditors read history only: no running case, no task, no variable of a running case. */
  private static final List<Grant> AUDITOR = List.of(
      Grant.of(APPLICATION, "welcome", ACCESS),
      Grant.of(APPLICATION, "cockpit", ACCESS),
      Grant.of(PROCESS_DEFINITION, ANY, READ, READ_HISTORY),
      Grant.of(DECISION_DEFINITION, ANY, READ, READ_HISTORY),
      Grant.of(HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ),
      Grant.of(HISTORIC_TASK, ANY, HistoricTaskPermissions.READ),
      Grant.of(OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ));

  private final AuthorizationService authorizationService;
  private final IdentityService identityService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final AccessProperties accessProperties;
  private final ObjectProvider<DemoIdentities> demoIdentities;
  private final AdminAccount adminAccount;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  public StaffAccess(AuthorizationService authorizationService, IdentityService identityService,
      FilterService filterService, TaskService taskService, AccessProperties accessProperties,
      ObjectProvider<DemoIdentities> demoIdentities, AdminAccount adminAccount, JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager) {
    this.authorizationService = authorizationService;
    this.identityService = identityService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.accessProperties = accessProperties;
    this.demoIdentities = demoIdentities;
    this.adminAccount = adminAccount;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  @Override
  public void afterSingletonsInstantiated() {
    synchronise();
  }

  /**
   * Again every few minutes, so that a mission, desk or hub group created in Admin gets its role's
   * grants without a restart (hrd.access.sync-interval).
   */
  @Scheduled(fixedDelayString = "${hrd.access.sync-interval}", initialDelayString = "${hrd.access.sync-interval}")
  public void synchronise() {
    transaction.executeWithoutResult(status -> {
      // Nodes starting together take turns: the row stays locked until this transaction commits.
      jdbc.update("update hrd_startup_lock set name = name where name = 'access'");
      adminAccount.ensureCreated();
      // Demo groups first (default profile only), so the grants below find them.
      demoIdentities.ifAvailable(DemoIdentities::ensureCreated);
      apply();
    });
  }

  /** Grants every existing role group what its role needs; only under the start-up lock. */
  private void apply() {
    for (Group group : identityService.createGroupQuery().list()) {
      Role.of(group.getId()).ifPresent(role ->
          grantsFor(role).forEach(grant -> grant.applyTo(authorizationService, group.getId())));
    }
    // The group's tasks come first: notifications link staff to a case's tasks awaiting their group.
    ensureFilter(GROUP_TASKS, -10,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    ensureFilter(MY_TASKS, 0, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
  }

  private List<Grant> grantsFor(Role role) {
    List<Grant> grants = new ArrayList<>();
    if (Role.staff().contains(role)) {
      grants.addAll(TASKLIST_USER);
    }
    if (role == Role.SECTION_HR) {
      grants.addAll(SECTION_HR);
    }
    if (role == Role.AUDITOR) {
      grants.addAll(AUDITOR);
    }
    grants.addAll(startGrants(role));
    return grants;
  }

  /** CREATE_INSTANCE on each process the role may start (application.yaml: hrd.access.process-starters). */
  private List<Grant> startGrants(Role role) {
    List<Grant> grants = new ArrayList<>();
    accessProperties.processStarters().forEach((processKey, roles) -> {
      if (roles.contains(role)) {
        grants.add(Grant.of(PROCESS_DEFINITION, processKey, READ, CREATE_INSTANCE));
      }
    });
    if (!grants.isEmpty()) {
      grants.add(Grant.of(PROCESS_INSTANCE, ANY, CREATE));
    }
    return grants;
  }

  private void ensureFilter(String name, int priority, TaskQuery query) {
    // No variable columns: the task's name carries the case reference already, and Tasklist would read
    // each listed task's variables through a query that checks every grant of the user's group (issue 18:
    // 90 ms a list at 50,000 open cases on PostgreSQL).
    Map<String, Object> properties = Map.of(
        "priority", priority,
        "refresh", true);
    Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
    if (existing != null && properties.equals(existing.getProperties())) {
      return;
    }
    Filter filter = existing != null ? existing : filterService.newTaskFilter(name);
    filter.setQuery(query);
    filter.setProperties(properties);
    filterService.saveFilter(filter);
  }
}
