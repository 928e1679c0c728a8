package no.mfa.hrd.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * One event of a case's audit trail. Steps, roles, users, codes and the values of decision fields:
 * never personal data. {@code waited} is an ISO-8601 duration (how long a task waited to be claimed or
 * completed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"at", "event", "processKey", "processInstanceId", "stepId", "step", "user", "role", "waited",
    "field", "value", "detail"})
public record TrailEvent(Instant at, String event, String processKey, String processInstanceId, String stepId,
    String step, String user, String role, String waited, String field, String value, String detail) {

  static TrailEvent of(Instant at, String event) {
    return new TrailEvent(at, event, null, null, null, null, null, null, null, null, null, null);
  }

  TrailEvent in(String processKey, String processInstanceId) {
    return new TrailEvent(at, event, processKey, processInstanceId, stepId, step, user, role, waited, field, value, detail);
  }

  TrailEvent step(String id, String name) {
    return new TrailEvent(at, event, processKey, processInstanceId, id, name, user, role, waited, field, value, detail);
  }

  TrailEvent by(String userId) {
    return new TrailEvent(at, event, processKey, processInstanceId, stepId, step, userId, role, waited, field, value, detail);
  }

  TrailEvent role(String group) {
    return new TrailEvent(at, event, processKey, processInstanceId, stepId, step, user, group, waited, field, value, detail);
  }

  TrailEvent waited(String duration) {
    return new TrailEvent(at, event, processKey, processInstanceId, stepId, step, user, role, duration, field, value, detail);
  }

  TrailEvent value(String fieldName, String fieldValue) {
    return new TrailEvent(at, event, processKey, processInstanceId, stepId, step, user, role, waited, fieldName, fieldValue, detail);
  }

  TrailEvent detail(String text) {
    return new TrailEvent(at, event, processKey, processInstanceId, stepId, step, user, role, waited, field, value, text);
  }
}
