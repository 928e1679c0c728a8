package no.mfa.hrd.security;

import java.util.Set;
import no.mfa.hrd.identity.Role;

/**
 * One row of the engine allowlist: an operation of Camunda's REST API (method and path template, as
 * in Camunda's OpenAPI description), the roles that may call it, why they need it, and an optional
 * condition on the call itself.
 */
public record EngineOperation(String method, String template, Set<Role> roles, Condition condition, String reason) {

  /** A further check of one call; answers the reason for refusing it, or null to let it pass. */
  @FunctionalInterface
  public interface Condition {
    Condition NONE = call -> null;

    String refusal(Call call);
  }

  /** What a condition may look at: the caller, the path's parameters and the body as JSON. */
  public interface Call {
    String userId();

    String pathParameter(String name);

    /** A top-level field of the JSON body, or null. */
    String bodyField(String name);

    /** The caller's roles. */
    Set<Role> roles();

    /** The names of the query parameters and of the JSON body's fields that are not empty, at any depth. */
    Set<String> parameterNames();
  }

  public EngineOperation {
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("template must start with /: " + template);
    }
  }

  /** "POST /task/{}/claim": the operation, whatever its parameters are called. */
  public String shape() {
    return shape(method, template);
  }

  public static String shape(String method, String template) {
    return method + " " + template.replaceAll("\\{[^}]+}", "{}");
  }
}
