package no.mfa.hrd.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Date;
import java.util.List;
import no.mfa.hrd.identity.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Tells the members of a role about a step of a case: a task that awaits them, a decision, a return
 * for revision, an escalation. Parameterised per step by input parameters:
 * <ul>
 *   <li>{@code notifyGroup}: the role group, e.g. ${deskGroup} or section-hr, or several, comma-separated;</li>
 *   <li>{@code notifyTemplate}: a {@link NotificationTemplate};</li>
 *   <li>{@code notifyAbout}: the id of the model element the message is about; its name is the step;</li>
 *   <li>{@code notifyDueDate} (optional): the step's due date.</li>
 * </ul>
 * Runs as an asynchronous job (asyncBefore), so a mail outage never undoes the work before it; the
 * job's id makes each message's idempotency key, so a retried job never sends twice.
 */
@Component("notifyRole")
public class NotifyRole implements JavaDelegate {

  public static final String GROUP = "notifyGroup";
  public static final String TEMPLATE = "notifyTemplate";
  public static final String ABOUT = "notifyAbout";
  public static final String DUE_DATE = "notifyDueDate";

  private static final Logger LOG = LoggerFactory.getLogger(NotifyRole.class);

  private final NotificationOutbox outbox;
  private final Mailer mailer;
  private final NotificationProperties properties;

  public NotifyRole(NotificationOutbox outbox, Mailer mailer, NotificationProperties properties) {
    this.outbox = outbox;
    this.mailer = mailer;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> groups = Arrays.stream(parameter(execution, GROUP).split(",")).map(String::trim).toList();
    if (!groups.stream().allMatch(Role::isRoleGroup)) {
      throw new IllegalArgumentException(GROUP + " names a group that is not a role group");
    }
    NotificationTemplate template = NotificationTemplate.valueOf(parameter(execution, TEMPLATE));
    String step = stepName(execution, parameter(execution, ABOUT));
    Instant dueDate = instant(execution.getVariableLocal(DUE_DATE));
    String caseReference = execution.getProcessBusinessKey();
    JobEntity job = Context.getCommandContext().getCurrentJob();
    if (job == null) {
      throw new IllegalStateException("Notification steps must be asynchronous (camunda:asyncBefore)");
    }

    // Each member once, through the first of the groups that names them: the role the audit trail shows.
    Collection<Member> recipients = Context.getCommandContext().runWithoutAuthorization(() -> {
      Map<String, Member> members = new LinkedHashMap<>();
      for (String group : groups) {
        execution.getProcessEngineServices().getIdentityService().createUserQuery().memberOfGroup(group).list()
            .forEach(user -> members.putIfAbsent(user.getId(), new Member(user, group)));
      }
      return members.values();
    });
    if (recipients.isEmpty()) {
      throw NotificationDeliveryException.nobodyIn(groups, template, caseReference);
    }
    int failed = 0;
    for (Member recipient : recipients) {
      Notification notification = new Notification(job.getId() + ":" + recipient.user().getId(),
          recipient.user().getId(), recipient.group(), recipient.user().getEmail(), template, step, caseReference,
          dueDate, link(caseReference));
      if (!deliver(notification)) {
        failed++;
      }
    }
    if (failed > 0) {
      throw new NotificationDeliveryException(template, caseReference, failed, recipients.size());
    }
    LOG.info("Notification {} for case {} delivered to {} ({} recipients)",
        template, caseReference, groups, recipients.size());
  }

  private record Member(User user, String group) {}

  /** @return false when the mail could not be delivered (and is to be retried) */
  private boolean deliver(Notification notification) {
    NotificationOutbox.Entry entry = outbox.prepare(notification);
    if (entry.isDone()) {
      return true;
    }
    if (notification.recipientEmail() == null || notification.recipientEmail().isBlank()) {
      outbox.markDelivered(entry.id(), NotificationOutbox.Status.NO_ADDRESS);
      return true;
    }
    try {
      outbox.markDelivered(entry.id(), mailer.send(notification));
      return true;
    } catch (MailException failure) {
      outbox.markFailed(entry.id(), Mailer.describe(failure));
      return false;
    }
  }

  /** Links to the case's tasks in Tasklist; the case reference is the only case data in it. */
  private String link(String caseReference) {
    String query = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + caseReference + "\"}]";
    return properties.tasklistUrl() + "#/?searchQuery=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  private static String stepName(DelegateExecution execution, String elementId) {
    ModelElementInstance element = execution.getBpmnModelInstance().getModelElementById(elementId);
    if (!(element instanceof FlowElement flowElement) || flowElement.getName() == null) {
      throw new IllegalArgumentException(ABOUT + " names no step of this model");
    }
    return flowElement.getName();
  }

  private static String parameter(DelegateExecution execution, String name) {
    Object value = execution.getVariableLocal(name);
    if (!(value instanceof String text) || text.isBlank()) {
      throw new IllegalArgumentException("The notification step needs the input parameter " + name);
    }
    return text;
  }

  private static Instant instant(Object value) {
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value instanceof String text && !text.isBlank()) {
      return OffsetDateTime.parse(text).toInstant();
    }
    return null;
  }
}
