package no.mfa.hrd.security;

import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * No deployed model runs a script: no script task, no camunda:script (listeners, input and output
 * parameters), no condition in a script language. A script runs with the engine's rights, beyond
 * the authorizations and the engine boundary; the service's logic lives in reviewed Java delegates.
 * The engine refuses such a deployment, whoever sends it; the model checks refuse it in the build.
 */
@Component
public class NoScriptsInModels extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element process, ProcessDefinitionEntity definition) {
        refuseScripts(process, definition.getKey());
      }
    });
  }

  private static void refuseScripts(Element element, String processKey) {
    String tag = element.getTagName();
    boolean script = "scriptTask".equals(tag) || "script".equals(tag)
        || ("conditionExpression".equals(tag) && element.attribute("language") != null);
    if (script) {
      String id = element.attribute("id");
      throw new ProcessEngineException("Process '" + processKey + "' contains a script (" + tag
          + (id == null ? "" : " " + id) + "): deployed models may not run scripts; use a delegate");
    }
    element.elements().forEach(child -> refuseScripts(child, processKey));
  }
}
