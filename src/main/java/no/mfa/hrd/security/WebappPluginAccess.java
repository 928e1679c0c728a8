package no.mfa.hrd.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import no.mfa.hrd.identity.Role;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Cockpit's and Admin's own plugin APIs (/camunda/api/cockpit, /camunda/api/admin/plugin) answer any
 * logged-in user, and Cockpit's statistics count every mission's cases. They are for the roles that
 * use those webapps: Cockpit for the HR section and auditors, Admin for administrators. Their static
 * files (plugin scripts and styles) stay open, as the login page needs them.
 */
public class WebappPluginAccess extends OncePerRequestFilter {

  private static final String ENGINE = "default";

  private final String cockpitApi;
  private final String adminPluginApi;
  private final UrlPathHelper paths = new UrlPathHelper();

  public WebappPluginAccess(String webappPath) {
    this.cockpitApi = webappPath + "/api/cockpit/";
    this.adminPluginApi = webappPath + "/api/admin/plugin/";
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = paths.getPathWithinApplication(request);
    Set<Role> allowed = path.startsWith(cockpitApi) ? Set.of(Role.SECTION_HR, Role.AUDITOR, Role.ADMIN)
        : path.startsWith(adminPluginApi) ? Set.of(Role.ADMIN) : null;
    List<String> groups = groups(request);
    if (allowed == null || path.contains("/static/") || groups == null
        || Role.allOf(groups).stream().anyMatch(allowed::contains)) {
      // Not a plugin API, a static file, or no login: Camunda's own security answers (401 without one).
      chain.doFilter(request, response);
      return;
    }
    RequestLimits.refuse(response, HttpServletResponse.SC_FORBIDDEN, "This webapp's API is not available to your role");
  }

  private static List<String> groups(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user)) {
      return null;
    }
    return user.getGroupIds() == null ? List.of() : user.getGroupIds();
  }
}
