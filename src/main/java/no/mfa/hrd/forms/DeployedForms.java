package no.mfa.hrd.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.Resource;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms of a deployment, read once and kept: a deployment never changes. Forms are bound
 * by "deployment", so a task's form is the one deployed with its process.
 */
@Component
public class DeployedForms {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, Map<String, FormSchema>> byDeployment = new ConcurrentHashMap<>();

  /** Call inside an engine command (a form handler or listener). */
  public Optional<FormSchema> find(String deploymentId, String formId) {
    return Optional.ofNullable(byDeployment.computeIfAbsent(deploymentId, this::load).get(formId));
  }

  /** Every form of a deployment (call inside an engine command). */
  public java.util.Collection<FormSchema> all(String deploymentId) {
    return byDeployment.computeIfAbsent(deploymentId, this::load).values();
  }

  /**
   * The form deployed with the execution's process, by id; for listeners that work with a form's
   * fields (call inside an engine command).
   *
   * @throws IllegalStateException when the deployment has no such form
   */
  public FormSchema of(DelegateExecution execution, String formId) {
    String deploymentId = execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getDeploymentId();
    return find(deploymentId, formId)
        .orElseThrow(() -> new IllegalStateException(formId + " is not deployed with the process"));
  }

  /**
   * The answer keys of these forms deployed with the execution's process, in order: what a new round
   * of a process clears so that no answer of the last round is taken for the new one.
   */
  public java.util.Set<String> answerKeys(DelegateExecution execution, List<String> formIds) {
    java.util.Set<String> keys = new java.util.LinkedHashSet<>();
    formIds.forEach(formId -> keys.addAll(of(execution, formId).answerKeys()));
    return keys;
  }

  private Map<String, FormSchema> load(String deploymentId) {
    // Reading the deployment is the service's business, not the submitting user's.
    return Context.getCommandContext().runWithoutAuthorization(() -> {
      RepositoryService repository = Context.getProcessEngineConfiguration().getRepositoryService();
      Map<String, FormSchema> forms = new HashMap<>();
      for (Resource resource : repository.getDeploymentResources(deploymentId)) {
        if (resource.getName().endsWith(".form")) {
          try (InputStream in = repository.getResourceAsStreamById(deploymentId, resource.getId())) {
            FormSchema form = FormSchema.parse(JSON.readTree(in));
            forms.put(form.id(), form);
          } catch (IOException unreadable) {
            throw new IllegalStateException("Form resource " + resource.getName() + " cannot be read", unreadable);
          }
        }
      }
      return forms;
    });
  }
}
