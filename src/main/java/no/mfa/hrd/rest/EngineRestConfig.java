package no.mfa.hrd.rest;

import no.mfa.hrd.security.EngineBoundary;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST resources at /engine-rest, behind the engine boundary, with our answers to client errors. */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(EngineBoundary.class);
    ClientErrorMappers.ALL.forEach(this::register);
  }
}
