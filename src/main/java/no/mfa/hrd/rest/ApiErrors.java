package no.mfa.hrd.rest;

import java.util.Map;
import no.mfa.hrd.ErrorBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * Refusals of the service's own API (/api) in the same JSON as the engine's: the reason names the field
 * and the rule, and never carries what the client sent.
 */
@RestControllerAdvice
class ApiErrors {

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, Object>> refused(ResponseStatusException refusal) {
    HttpStatus status = HttpStatus.valueOf(refusal.getStatusCode().value());
    String message = refusal.getReason() == null ? status.getReasonPhrase() : refusal.getReason();
    return ResponseEntity.status(status).body(ErrorBody.of(status.name(), message));
  }
}
