package no.mfa.hrd.security;

import static no.mfa.hrd.identity.Role.AUDITOR;
import static no.mfa.hrd.identity.Role.SECTION_HR;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.mfa.hrd.security.EngineOperation.Condition;
import no.mfa.hrd.identity.Role;

/**
 * The only operations of Camunda's engine API that staff may call, at /engine-rest and at the
 * webapps' /camunda/api/engine alike; anything else answers 403. Administrators keep the whole API.
 * The engine's authorizations still decide which cases, tasks and variables each call sees: this
 * list decides which kinds of call exist for staff at all. A new need is a new row with its reason.
 */
public final class EngineAllowlist {

  /** Everyone who works tasks in Tasklist. */
  static final Set<Role> WORKERS = Set.copyOf(Role.staff());
  /** Workers and auditors. */
  static final Set<Role> READERS = union(WORKERS, Set.of(AUDITOR));
  /** Cockpit's users: the HR section (thematic responsibility) and auditors. */
  static final Set<Role> MONITORS = Set.of(SECTION_HR, AUDITOR);

  /** A task is claimed by the one who will work it; handing it to someone else is not a claim. */
  static final Condition FOR_ONESELF = call -> Objects.equals(call.bodyField("userId"), call.userId())
      ? null : "staff claim a task for themselves only";
  /** One's own account, never another's. */
  static final Condition OWN_ACCOUNT = call -> Objects.equals(call.pathParameter("id"), call.userId())
      ? null : "staff change their own password only";

  /**
   * Auditors read a case's course, not its content: a query that filters by variables would let them
   * read content one yes-or-no answer at a time, and a risk decision's inputs and outputs (its reason)
   * retell the assessment's answers.
   */
  static final Condition NO_CONTENT_FOR_AUDITORS = call ->
      call.roles().stream().anyMatch(WORKERS::contains) || !asksForVariables(call) && call.parameterNames().stream()
          .noneMatch(name -> name.equals("includeInputs") || name.equals("includeOutputs"))
          ? null : "auditors may not filter cases by their content or read decisions' inputs and outputs";

  /** Roles that see other missions' cases only through the tasks given to them. */
  static final Set<Role> TASK_ONLY = Set.of(Role.HUB, Role.COMMUNICATION_UNIT, Role.SECTION_HUMANITARIAN);

  /**
   * Need to know: a hub mission or the Communication Unit sees a case only through its own task's
   * form. A task query that filters, sorts or returns by variables would read the rest of the case,
   * one yes-or-no answer at a time. Missions and desks search their own cases; the HR section all.
   */
  static final Condition NO_CONTENT_QUERIES_FOR_TASK_ONLY_ROLES = call ->
      call.roles().contains(SECTION_HR) || call.roles().stream().noneMatch(TASK_ONLY::contains) || !asksForVariables(call)
          ? null : "your role sees a case through its tasks' forms only: tasks cannot be queried by their variables";

  /** Whether a query filters, sorts or answers by variables (processVariables, withTaskVariablesInReturn ...). */
  private static boolean asksForVariables(EngineOperation.Call call) {
    return call.parameterNames().stream().anyMatch(name -> name.toLowerCase(java.util.Locale.ROOT).contains("variable"));
  }

  /**
   * Completing a task answers with nothing: asked for the case's variables in return, it would show a
   * hub mission or the Communication Unit the whole case instead of what its form shows. Tasklist
   * never asks.
   */
  static final Condition NO_VARIABLES_IN_RETURN = call -> call.parameterNames().contains("withVariablesInReturn")
      ? "a completed task returns no variables" : null;

  private static final List<EngineOperation> ROWS = new ArrayList<>();

  static {
    String models = "The models are not case data: anyone who works on cases may read the diagrams and forms.";
    allow(READERS, "The webapps ask which engines exist before any other call.", "GET /engine");
    allow(READERS, models,
        "GET /process-definition", "GET /process-definition/count", "GET /process-definition/{id}",
        "GET /process-definition/key/{key}", "GET /process-definition/{id}/xml", "GET /process-definition/key/{key}/xml",
        "GET /process-definition/{id}/static-called-process-definitions",
        "GET /decision-definition", "GET /decision-definition/count", "GET /decision-definition/{id}",
        "GET /decision-definition/{id}/xml",
        "GET /decision-requirements-definition", "GET /decision-requirements-definition/count");
    allow(READERS, "The webapps count case definitions on every page; CMMN is off, so the count is 0.",
        "GET /case-definition/count");

    allow(READERS, "Tasklist and the welcome page show people's names and the user's own groups.",
        "GET /user/{id}/profile", "GET /user", "GET /group", "POST /group", "GET /group/count");
    allow(READERS, "The profile page shows the password rules before a change.", "GET /identity/password-policy");
    allow(READERS, OWN_ACCOUNT, "Staff change their own password (the current one is required); the "
        + "e-mail address and the account itself are the administrators' to change.", "PUT /user/{id}/credentials");

    allow(WORKERS, "Tasklist's filters list the tasks a user may see.",
        "GET /filter", "GET /filter/count", "OPTIONS /filter", "GET /filter/{id}");
    allow(WORKERS, NO_CONTENT_QUERIES_FOR_TASK_ONLY_ROLES, "Tasklist's filters list the tasks a user may see; "
        + "its search by variables is for those who may read the cases.",
        "GET /filter/{id}/list", "POST /filter/{id}/list", "GET /filter/{id}/count", "POST /filter/{id}/count");
    allow(WORKERS, NO_CONTENT_QUERIES_FOR_TASK_ONLY_ROLES, "Tasklist lists and counts the tasks the user's groups may work.",
        "GET /task", "POST /task", "GET /task/count", "POST /task/count");
    allow(WORKERS, "Tasklist opens the tasks the user's groups may work.",
        "GET /task/{id}", "GET /task/{id}/identity-links", "GET /task/{id}/comment");
    allow(WORKERS, "A task is worked through its form: Tasklist reads the form and the values it shows.",
        "GET /task/{id}/form", "GET /task/{id}/deployed-form", "GET /task/{id}/form-variables");
    allow(WORKERS, NO_VARIABLES_IN_RETURN, "Submitting the task's form is the only way to complete a task; its rules are "
        + "checked on the server.", "POST /task/{id}/submit-form");
    allow(WORKERS, FOR_ONESELF, "A candidate takes a task to work it.", "POST /task/{id}/claim");
    allow(WORKERS, "A candidate gives a task back to the group.", "POST /task/{id}/unclaim");
    allow(WORKERS, "A case is opened through its start form only, which checks it and gives it its reference.",
        "GET /process-definition/{id}/startForm", "GET /process-definition/key/{key}/startForm",
        "GET /process-definition/{id}/deployed-start-form", "GET /process-definition/key/{key}/deployed-start-form",
        "GET /process-definition/{id}/form-variables", "GET /process-definition/key/{key}/form-variables",
        "POST /process-definition/{id}/submit-form", "POST /process-definition/key/{key}/submit-form");

    allow(WORKERS, "Staff read the cases their grants show them: the mission and desk their own, the HR section all.",
        "GET /process-instance", "POST /process-instance", "GET /process-instance/count", "POST /process-instance/count",
        "GET /process-instance/{id}", "GET /process-instance/{id}/activity-instances",
        "GET /process-instance/{id}/variables", "GET /process-instance/{id}/variables/{varName}",
        "GET /variable-instance", "POST /variable-instance", "GET /variable-instance/count", "POST /variable-instance/count",
        "GET /history/variable-instance", "POST /history/variable-instance", "GET /history/variable-instance/count",
        "POST /history/variable-instance/count", "GET /history/variable-instance/{id}",
        "GET /history/detail", "POST /history/detail", "GET /history/detail/count", "GET /history/detail/{id}");
    allow(READERS, NO_CONTENT_FOR_AUDITORS, "The procedure a case followed (steps, tasks, decisions, incidents, operations), without its content: "
        + "auditors check it, staff see their cases' course.",
        "GET /history/process-instance", "POST /history/process-instance", "GET /history/process-instance/count",
        "POST /history/process-instance/count", "GET /history/process-instance/{id}",
        "GET /history/activity-instance", "POST /history/activity-instance", "GET /history/activity-instance/count",
        "POST /history/activity-instance/count",
        "GET /history/task", "POST /history/task", "GET /history/task/count", "POST /history/task/count",
        "GET /history/incident", "GET /history/incident/count",
        "GET /history/identity-link-log", "GET /history/identity-link-log/count",
        "GET /history/user-operation", "GET /history/user-operation/count",
        "GET /history/decision-instance", "GET /history/decision-instance/count",
        "GET /incident", "GET /incident/count");

    allow(MONITORS, "Counts across all missions are for the HR section (Cockpit's dashboard) and auditors only.",
        "GET /process-definition/statistics", "GET /process-definition/{id}/statistics",
        "GET /task/report/candidate-group-count", "GET /metrics", "GET /metrics/{metrics-name}/sum");
    allow(Set.of(AUDITOR), NO_CONTENT_FOR_AUDITORS, "Cockpit's dashboard counts running cases and open tasks; an auditor's grants show none.",
        "GET /process-instance/count", "POST /process-instance/count", "GET /task/count", "POST /task/count");
    allow(MONITORS, "Cockpit shows the deployments, jobs and batches behind the cases (notifications, timers).",
        "GET /deployment", "GET /deployment/count", "GET /deployment/{id}", "GET /deployment/{id}/resources",
        "GET /job-definition", "GET /job-definition/count", "GET /job", "POST /job", "GET /job/count", "POST /job/count",
        "GET /external-task", "GET /external-task/count",
        "GET /batch/statistics", "GET /batch/statistics/count", "GET /history/batch", "GET /history/batch/count");
  }

  private EngineAllowlist() {
  }

  private static final List<EngineOperation> OPERATIONS;

  static {
    OPERATIONS = List.copyOf(ROWS);
  }

  public static List<EngineOperation> operations() {
    return OPERATIONS;
  }

  private static void allow(Set<Role> roles, String reason, String... operations) {
    allow(roles, Condition.NONE, reason, operations);
  }

  private static void allow(Set<Role> roles, Condition condition, String reason, String... operations) {
    for (String operation : operations) {
      String[] methodAndPath = operation.split(" ", 2);
      ROWS.add(new EngineOperation(methodAndPath[0], methodAndPath[1], roles, condition, reason));
    }
  }

  private static Set<Role> union(Set<Role> first, Set<Role> second) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(first);
    roles.addAll(second);
    return Set.copyOf(roles);
  }
}
