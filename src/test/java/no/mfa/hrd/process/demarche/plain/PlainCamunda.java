package no.mfa.hrd.process.demarche.plain;

import java.util.List;
import java.util.Map;
import no.mfa.hrd.casefile.CaseFileParseListener;
import no.mfa.hrd.casefile.CaseVariables;
import no.mfa.hrd.decision.DecisionDeadline;
import no.mfa.hrd.decision.DecisionNotices;
import no.mfa.hrd.identity.Grant;
import no.mfa.hrd.process.demarche.EffectReportDeadline;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Plain Camunda 7, the benchmark's baseline (issue 18): the same démarche models, forms and decision,
 * the same engine settings, HTTP Basic and authorizations on, and none of the service's layers (no
 * form rules, case file, case references, per-case grants, engine boundary or notifications). The
 * client passes what the case file would set (a business key, the mission's and the desk's groups),
 * and a called process inherits the groups as the case file has it inherit them. The due dates the
 * models read are computed by the service's own listeners, as they are engine work of the model.
 *
 * <p>Deliberately not a {@code @Configuration}: the service's component scan in tests must never find it.
 * Started by {@code ServiceBenchmark} in a JVM of its own, with {@code --spring.config.name=plain-camunda}.
 */
@EnableAutoConfiguration(exclude = {FlywayAutoConfiguration.class, MailSenderAutoConfiguration.class})
@Import({DecisionDeadline.class, DecisionNotices.class, EffectReportDeadline.class})
public class PlainCamunda {

  /** Each mission's group and the desk that serves it, as the service's mission routing has them. */
  public static final Map<String, String> DESK_OF_MISSION = Map.of(
      "mission-nairobi", "desk-africa", "mission-bogota", "desk-latin-america", "mission-ankara", "desk-europe");

  public static void main(String[] args) {
    new SpringApplicationBuilder(PlainCamunda.class).run(args);
  }

  /**
   * The part of the case file that the models' flow relies on: a called process has its caller's mission
   * and desk, the candidate groups of its steps (the models pass the business key themselves), and an
   * end marked as an outcome records it, which the caller's gateway reads.
   */
  @Bean
  ProcessEnginePlugin modelSemantics() {
    ExecutionListener inherit = execution -> {
      DelegateExecution caller = execution.getSuperExecution();
      if (caller != null) {
        for (String name : List.of(CaseVariables.MISSION_GROUP, CaseVariables.DESK_GROUP)) {
          execution.setVariable(name, caller.getVariable(name));
        }
      }
    };
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreBPMNParseListeners(List.of(new AbstractBpmnParseListener() {
          @Override
          public void parseProcess(Element process, ProcessDefinitionEntity definition) {
            definition.addListener(ExecutionListener.EVENTNAME_START, inherit);
          }

          @Override
          public void parseEndEvent(Element endEvent, ScopeImpl scope, ActivityImpl activity) {
            String outcome = CaseFileParseListener.outcomeOf(endEvent);
            if (scope instanceof ProcessDefinitionEntity && outcome != null) {
              activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
                  execution.setVariable(CaseVariables.CASE_OUTCOME, outcome));
            }
          }
        }));
      }
    };
  }

  /** A notification step that sends nothing: the job runs, as the service's does. */
  @Bean
  JavaDelegate notifyRole() {
    return execution -> { };
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> filter =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    filter.addUrlPatterns("/engine-rest/*");
    filter.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    return filter;
  }

  /**
   * The missions' and desks' users (password demo), and the role-wide grants the démarche's calls need;
   * made before the web server answers, so a client never meets a service without them.
   */
  @Bean
  SmartInitializingSingleton identities(ProcessEngine engine) {
    return () -> createIdentities(engine);
  }

  private static void createIdentities(ProcessEngine engine) {
    IdentityService identities = engine.getIdentityService();
    DESK_OF_MISSION.forEach((mission, desk) -> {
      for (String group : List.of(mission, desk)) {
        String user = group.replaceFirst("-", ".");
        if (identities.createGroupQuery().groupId(group).count() == 0) {
          Group created = identities.newGroup(group);
          identities.saveGroup(created);
          User member = identities.newUser(user);
          member.setPassword("demo");
          identities.saveUser(member);
          identities.createMembership(user, group);
          Grant.of(Resources.PROCESS_DEFINITION, Grant.ANY, ProcessDefinitionPermissions.READ,
              ProcessDefinitionPermissions.CREATE_INSTANCE).applyTo(engine.getAuthorizationService(), group);
          Grant.of(Resources.PROCESS_INSTANCE, Grant.ANY, Permissions.CREATE)
              .applyTo(engine.getAuthorizationService(), group);
        }
      }
    });
  }
}
