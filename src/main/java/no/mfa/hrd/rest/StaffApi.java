package no.mfa.hrd.rest;

/**
 * The two ways into the service's own API. Under {@link #REST} a client authenticates with HTTP Basic on
 * each call; under {@link #WEBAPPS} the same resources are reached from the Camunda webapps (our Cockpit
 * views), with the webapps' login session and their CSRF protection, as Cockpit's own API is.
 */
public final class StaffApi {

  public static final String REST = "/api";
  public static final String WEBAPPS = "${camunda.bpm.webapp.application-path}/api/hrd";

  private StaffApi() {
  }
}
