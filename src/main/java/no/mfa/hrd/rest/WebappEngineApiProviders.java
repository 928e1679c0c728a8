package no.mfa.hrd.rest;

import jakarta.servlet.ServletRegistration;
import no.mfa.hrd.security.EngineBoundary;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The webapps serve the same engine resources at /camunda/api/engine from an application of their
 * own ("Engine Api"). It gets the same engine boundary and the same answers to client errors as
 * /engine-rest, so that the allowlist holds there too and Tasklist shows a 4xx with a clear message
 * where it would otherwise get a 500. Tomcat runs this after
 * Spring Boot's initializers, once the webapps have registered that servlet.
 */
@Component
public class WebappEngineApiProviders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  static final String ENGINE_API_SERVLET = "Engine Api";

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> context.addServletContainerInitializer((classes, servletContext) -> {
      ServletRegistration engineApi = servletContext.getServletRegistration(ENGINE_API_SERVLET);
      if (engineApi == null) {
        throw new IllegalStateException("The webapps' engine API servlet '" + ENGINE_API_SERVLET + "' is not registered");
      }
      engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, java.util.stream.Stream.concat(
          java.util.stream.Stream.of(EngineBoundary.class), ClientErrorMappers.ALL.stream())
          .map(Class::getName).collect(java.util.stream.Collectors.joining(",")));
    }, null));
  }
}
