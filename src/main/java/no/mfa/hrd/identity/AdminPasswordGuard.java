package no.mfa.hrd.identity;

import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production the admin password comes from the environment. The engine refuses to start,
 * before it touches the database, when it is missing or is one of the demo passwords.
 */
@Component
@Profile("production")
public class AdminPasswordGuard extends AbstractProcessEnginePlugin {

  static final Set<String> DEMO_PASSWORDS = Set.of(DemoIdentities.DEMO_PASSWORD, "admin");

  private final String adminPassword;

  public AdminPasswordGuard(@Value("${hrd.admin.password:}") String adminPassword) {
    this.adminPassword = adminPassword;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (adminPassword == null || adminPassword.isBlank()) {
      throw new IllegalStateException(
          "HRD_ADMIN_PASSWORD is not set: the production profile needs the admin password from the environment");
    }
    if (DEMO_PASSWORDS.contains(adminPassword)) {
      throw new IllegalStateException(
          "HRD_ADMIN_PASSWORD equals a demo password: choose a password of your own for production");
    }
  }
}
