package no.mfa.hrd.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The way in for staff, in this order: requests from another site's page are refused
 * ({@link SameOriginOnly}); failed logins are throttled per client address; every call to
 * /engine-rest and /api authenticates with HTTP Basic against the engine's users (so authorizations
 * apply to REST as to Tasklist); bodies are limited; then the engine API, at /engine-rest and in the
 * webapps, lets staff call only what {@link EngineAllowlist} lists ({@link EngineBoundary}, a filter of
 * the REST applications themselves, registered in no.mfa.hrd.rest).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BoundaryProperties.class)
public class BoundaryConfiguration {

  static final String REST_ROOT = "/engine-rest";

  @Bean
  FilterRegistrationBean<SameOriginOnly> sameOriginOnly(@Value("${camunda.bpm.webapp.application-path}") String webappPath) {
    FilterRegistrationBean<SameOriginOnly> registration = new FilterRegistrationBean<>(new SameOriginOnly());
    registration.setName("hrd-same-origin-only");
    registration.addUrlPatterns(REST_ROOT + "/*", "/api/*", webappPath + "/api/hrd/*");
    registration.setOrder(5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<FailedLoginThrottle> failedLoginThrottle(BoundaryProperties properties,
      @Value("${camunda.bpm.webapp.application-path}") String webappPath) {
    FilterRegistrationBean<FailedLoginThrottle> registration = new FilterRegistrationBean<>(
        new FailedLoginThrottle(properties.maxFailedLogins(), properties.failedLoginWindow()));
    registration.setName("hrd-failed-login-throttle");
    registration.addUrlPatterns(REST_ROOT + "/*", "/api/*", webappPath + "/api/admin/auth/user/*");
    registration.setOrder(10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("hrd-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(REST_ROOT + "/*", "/api/*");
    registration.setOrder(20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestLimits> engineRequestLimits(BoundaryProperties properties,
      @Value("${camunda.bpm.webapp.application-path}") String webappPath) {
    FilterRegistrationBean<RequestLimits> registration =
        new FilterRegistrationBean<>(new RequestLimits(properties.maxRequestSize().toBytes()));
    registration.setName("hrd-engine-request-limits");
    registration.addUrlPatterns(REST_ROOT + "/*", webappPath + "/api/engine/*");
    registration.setOrder(30);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappPluginAccess> webappPluginAccess(
      @Value("${camunda.bpm.webapp.application-path}") String webappPath) {
    FilterRegistrationBean<WebappPluginAccess> registration = new FilterRegistrationBean<>(new WebappPluginAccess(webappPath));
    registration.setName("hrd-webapp-plugin-access");
    registration.addUrlPatterns(webappPath + "/api/cockpit/*", webappPath + "/api/admin/plugin/*");
    registration.setOrder(40);
    return registration;
  }
}
