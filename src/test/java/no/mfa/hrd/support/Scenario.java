package no.mfa.hrd.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.mfa.hrd.forms.FormRulesException;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Walks a case as its people do: each step through its form, as a user of the role the model names,
 * and the system's own steps (notifications, timers) by executing their jobs, never by waiting.
 */
public final class Scenario {

  /** A staff member: user id and group. */
  public record Staff(String user, String group) {}

  public static final Staff NAIROBI = new Staff("mission.nairobi", "mission-nairobi");
  public static final Staff DESK_AFRICA = new Staff("desk.africa", "desk-africa");
  public static final Staff HR = new Staff("hr.section", "section-hr");
  public static final Staff COMMS = new Staff("comms", "communication-unit");
  public static final Staff HUB_NAIROBI = new Staff("hub.nairobi", "hub-nairobi");
  public static final Staff HUB_ANKARA = new Staff("hub.ankara", "hub-ankara");
  public static final Staff HUMANITARIAN = new Staff("humanitarian.section", "section-humanitarian");

  private final ProcessEngine engine;
  private final Forms forms;

  public Scenario(ProcessEngine engine) {
    this.engine = engine;
    this.forms = new Forms(engine);
  }

  public ProcessInstance start(String processKey, Map<String, Object> values, Staff staff) {
    return forms.start(processKey, values, staff.user(), staff.group());
  }

  /** Runs the case's pending notification steps, then works the task waiting at this step. */
  public void work(ProcessInstance instance, String taskKey, Map<String, Object> values, Staff staff) {
    runNotifications(instance);
    submit(instance, taskKey, values, staff);
  }

  /** Works the task waiting at this step, leaving pending notification steps as they are. */
  public void submit(ProcessInstance instance, String taskKey, Map<String, Object> values, Staff staff) {
    Task task = task(instance, taskKey);
    // (A task the user claimed before, whose form was then refused, is still theirs to submit.)
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).as("%s is a task for %s", taskKey, staff.group())
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && staff.group().equals(link.getGroupId()));
    forms.submit(task, values, staff.user(), staff.group());
  }

  /** The (field, rule) pairs for which the step's form refuses these values; the task stays open. */
  public List<Tuple> refusals(ProcessInstance instance, String taskKey, Map<String, Object> values, Staff staff) {
    return refusals(() -> submit(instance, taskKey, values, staff));
  }

  /** The (field, rule) pairs for which the start form refuses these values; no case is opened. */
  public List<Tuple> startRefusals(String processKey, Map<String, Object> values, Staff staff) {
    return refusals(() -> start(processKey, values, staff));
  }

  private static List<Tuple> refusals(Runnable submission) {
    try {
      submission.run();
    } catch (FormRulesException refused) {
      return refused.getViolations().stream().map(violation -> tuple(violation.field(), violation.rule())).toList();
    }
    throw new AssertionError("the form accepted what it should refuse");
  }

  /** The open task at this step, in the case or in a process it called. */
  public Task task(ProcessInstance instance, String taskKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceIdIn(caseInstanceIds(instance).toArray(String[]::new))
        .taskDefinitionKey(taskKey).list();
    assertThat(tasks).as("open task %s", taskKey).hasSize(1);
    return tasks.get(0);
  }

  public boolean hasTask(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceIdIn(caseInstanceIds(instance).toArray(String[]::new))
        .taskDefinitionKey(taskKey).count() > 0;
  }

  /** Executes the asynchronous steps (notifications) of the case, one at a time, until none is left. */
  public void runNotifications(ProcessInstance instance) {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 50; round++) {
      // Asked again after each job: one step may end a called process and drop its other jobs.
      List<Job> jobs = management.createJobQuery().processInstanceIds(new java.util.HashSet<>(caseInstanceIds(instance)))
          .messages().listPage(0, 1);
      if (jobs.isEmpty()) {
        return;
      }
      management.executeJob(jobs.get(0).getId());
    }
    throw new AssertionError("notification steps keep coming");
  }

  /** Fires the timer waiting at this boundary event. */
  public Job timer(ProcessInstance instance, String timerId) {
    List<String> ids = caseInstanceIds(instance);
    // (processInstanceIds together with activityId makes invalid SQL in 7.24, so filter here)
    List<Job> jobs = engine.getManagementService().createJobQuery().timers().activityId(timerId).list().stream()
        .filter(job -> ids.contains(job.getProcessInstanceId())).toList();
    assertThat(jobs).as("timer %s", timerId).hasSize(1);
    return jobs.get(0);
  }

  public void fire(Job timer) {
    engine.getManagementService().executeJob(timer.getId());
  }

  /** The case and every process it called, still running. */
  private List<String> caseInstanceIds(ProcessInstance instance) {
    List<String> ids = new ArrayList<>(List.of(instance.getId()));
    for (int i = 0; i < ids.size(); i++) {
      engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list()
          .forEach(called -> ids.add(called.getId()));
    }
    return ids;
  }
}
