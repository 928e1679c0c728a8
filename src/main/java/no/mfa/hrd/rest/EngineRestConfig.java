package no.mfa.hrd.rest;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST resources at /engine-rest, plus our answer to bad requests. */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(UserErrorExceptionMapper.class);
    register(UserErrorRestExceptionMapper.class);
  }
}
