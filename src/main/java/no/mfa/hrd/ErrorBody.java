package no.mfa.hrd;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON of every refusal the service answers, in the shape of Camunda's own: type, message, code. */
public final class ErrorBody {

  private ErrorBody() {
  }

  /** A mutable map, so that a refusal may add its details (e.g. violations). */
  public static Map<String, Object> of(String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    body.put("code", null);
    return body;
  }
}
