package no.mfa.hrd.identity;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The table of who may start which process, keyed by process definition key.
 * It lives in application.yaml so that it is defined once and read by the start-up grants.
 */
@ConfigurationProperties("hrd.access")
public record AccessProperties(Map<String, List<Role>> processStarters) {

  public AccessProperties {
    processStarters = processStarters == null ? Map.of() : Map.copyOf(processStarters);
  }
}
