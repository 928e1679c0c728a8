package no.mfa.hrd.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.mfa.hrd.ServiceTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine deploys no model that runs a script, whoever sends it. */
@ServiceTest
class NoScriptsInModelsTest {

  @Autowired RepositoryService repositoryService;

  @Test
  void aModelWithAScriptTaskIsNotDeployed() {
    BpmnModelInstance scripted = Bpmn.createExecutableProcess("scripted").camundaHistoryTimeToLive(1)
        .startEvent().scriptTask("Task_Script").scriptFormat("javascript").scriptText("1").endEvent().done();

    assertThatThrownBy(() -> deploy(scripted)).hasMessageContaining("deployed models may not run scripts");
  }

  @Test
  void aModelWithAScriptListenerIsNotDeployed() {
    String listened = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://hrd">
          <bpmn:process id="listened" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="StartEvent_Listened">
              <bpmn:extensionElements>
                <camunda:executionListener event="start">
                  <camunda:script scriptFormat="javascript">1</camunda:script>
                </camunda:executionListener>
              </bpmn:extensionElements>
            </bpmn:startEvent>
          </bpmn:process>
        </bpmn:definitions>
        """;

    assertThatThrownBy(() -> repositoryService.createDeployment().name("listened")
        .addString("listened.bpmn", listened.strip()).deploy())
        .hasMessageContaining("deployed models may not run scripts");
  }

  private void deploy(BpmnModelInstance model) {
    repositoryService.createDeployment().name("scripted").addModelInstance("scripted.bpmn", model).deploy();
  }
}
