package no.mfa.hrd.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A logged-in session of a Camunda webapp (Tasklist, Cockpit, Admin), calling the same API the
 * browser calls, with the session cookie and the CSRF token the webapps require.
 */
public final class WebappSession {

  private final HttpClient http;
  private final String base;
  private String csrfToken;

  private WebappSession(int port) {
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    this.base = "http://localhost:" + port + "/camunda";
  }

  /** Logs in to one webapp; the answer's status says whether that user may use it. */
  public static WebappSession login(int port, String app, String user, String password) {
    WebappSession session = new WebappSession(port);
    session.fetchCsrfToken();
    session.lastLoginStatus = session.send(HttpRequest.newBuilder(URI.create(
            session.base + "/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", session.csrfToken)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password)))
        .build()).statusCode();
    if (session.lastLoginStatus == 200) {
      // Logging in starts a new session, which has a CSRF token of its own.
      session.fetchCsrfToken();
    }
    return session;
  }

  private int lastLoginStatus;

  public int loginStatus() {
    return lastLoginStatus;
  }

  /** GET on the engine API as Tasklist uses it, e.g. "/task?processInstanceId=..." */
  public HttpResponse<String> engineGet(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default" + path)).GET().build());
  }

  public HttpResponse<String> enginePost(String path, String json) {
    return enginePost(path, json, "application/json");
  }

  /** A POST that accepts one media type, as Tasklist asks for its lists as HAL. */
  public HttpResponse<String> enginePost(String path, String json, String accept) {
    return send(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default" + path))
        .header("Content-Type", "application/json")
        .header("Accept", accept)
        .header("X-XSRF-TOKEN", csrfToken)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** GET on any path of the service, within this session, e.g. a webapp plugin's API. */
  public HttpResponse<String> get(String pathFromRoot) {
    return send(HttpRequest.newBuilder(URI.create(base.replace("/camunda", "") + pathFromRoot)).GET().build());
  }

  /** POST without a body on any path of the service, within this session, with or without the CSRF token. */
  public HttpResponse<String> post(String pathFromRoot, boolean withCsrfToken) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.replace("/camunda", "") + pathFromRoot))
        .header("Accept", "application/json");
    if (withCsrfToken) {
      request.header("X-XSRF-TOKEN", csrfToken);
    }
    return send(request.POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  /** Any method on the engine API, with the CSRF token; a JSON body, or none when null. */
  public HttpResponse<String> engine(String method, String path, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default" + path))
        .header("X-XSRF-TOKEN", csrfToken);
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** A multipart request with one small part, as file uploads are sent. */
  public HttpResponse<String> engineMultipart(String method, String path) {
    String body = "--census\r\nContent-Disposition: form-data; name=\"data\"\r\n\r\ncensus\r\n--census--\r\n";
    return send(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default" + path))
        .header("X-XSRF-TOKEN", csrfToken)
        .header("Content-Type", "multipart/form-data; boundary=census")
        .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private void fetchCsrfToken() {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/app/tasklist/")).GET().build());
    csrfToken = response.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
