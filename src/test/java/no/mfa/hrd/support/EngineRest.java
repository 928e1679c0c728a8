package no.mfa.hrd.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The REST APIs as a given staff member calls them: HTTP Basic, JSON in and out. */
public final class EngineRest {

  public record Response(HttpStatusCode status, JsonNode body) {
    public int code() {
      return status.value();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final RestClient client;

  private EngineRest(RestClient client) {
    this.client = client;
  }

  public static EngineRest as(int port, String user, String password) {
    return as(port, "/engine-rest", user, password);
  }

  /** The service's own API under another root, e.g. "/api". */
  public static EngineRest as(int port, String root, String user, String password) {
    return new EngineRest(base(port, root).defaultHeaders(headers -> headers.setBasicAuth(user, password)).build());
  }

  public static EngineRest anonymous(int port) {
    return anonymous(port, "/engine-rest");
  }

  public static EngineRest anonymous(int port, String root) {
    return new EngineRest(base(port, root).build());
  }

  private static RestClient.Builder base(int port, String root) {
    return RestClient.builder().baseUrl("http://localhost:" + port + root);
  }

  public Response get(String path) {
    return client.get().uri(path).exchange((request, response) ->
        new Response(response.getStatusCode(), read(response.getBody().readAllBytes())));
  }

  /** A response as text, e.g. CSV. */
  public record Text(int code, String contentType, String body) {}

  public Text getText(String path, String accept) {
    return client.get().uri(path).header("Accept", accept).exchange((request, response) -> new Text(
        response.getStatusCode().value(), String.valueOf(response.getHeaders().getContentType()),
        new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** A POST without a body that accepts only this media type. */
  public Text postText(String path, String accept) {
    return client.post().uri(path).header("Accept", accept).exchange((request, response) -> new Text(
        response.getStatusCode().value(), String.valueOf(response.getHeaders().getContentType()),
        new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
  }

  public Response post(String path, Object body) {
    return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
        .exchange((request, response) ->
            new Response(response.getStatusCode(), read(response.getBody().readAllBytes())));
  }

  public Response put(String path, Object body) {
    return client.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
        .exchange((request, response) ->
            new Response(response.getStatusCode(), read(response.getBody().readAllBytes())));
  }

  public Response delete(String path) {
    return client.delete().uri(path).exchange((request, response) ->
        new Response(response.getStatusCode(), read(response.getBody().readAllBytes())));
  }

  /** Any method, with a JSON body (or none when null). */
  public Response call(String method, String path, Object body) {
    RestClient.RequestBodySpec request = client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    return request.exchange((sent, response) ->
        new Response(response.getStatusCode(), read(response.getBody().readAllBytes())));
  }

  /** A multipart request with one small part, as file uploads are sent. */
  public Response callMultipart(String method, String path) {
    org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
    parts.add("data", "census");
    return client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
        .exchange((sent, response) -> new Response(response.getStatusCode(), read(response.getBody().readAllBytes())));
  }

  /**
   * A submission body as Tasklist sends it: {"variables": {"name": {"value": ...}}}, plain values
   * untyped and lists as JSON variables.
   */
  public static Map<String, Object> variables(Map<String, ?> values) {
    Map<String, Object> result = new java.util.LinkedHashMap<>();
    values.forEach((name, value) -> result.put(name, value instanceof java.util.Collection<?> list
        ? Map.of("type", "Json", "value", json(list))
        : Map.of("value", value)));
    return Map.of("variables", result);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException unwritable) {
      throw new IllegalArgumentException(unwritable);
    }
  }

  private static JsonNode read(byte[] bytes) {
    try {
      return bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
    } catch (java.io.IOException notJson) {
      return JSON.getNodeFactory().textNode(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
