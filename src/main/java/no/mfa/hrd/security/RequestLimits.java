package no.mfa.hrd.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.mfa.hrd.ErrorBody;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What any call to the engine API may carry, before Camunda reads it: a JSON body of at most the
 * configured size (413 beyond it), and no method override, which would let a POST pass as another
 * method. Deployments (multipart, administrators only) are not JSON and keep their own limits.
 */
public class RequestLimits extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final long maxJsonBytes;

  public RequestLimits(long maxJsonBytes) {
    this.maxJsonBytes = maxJsonBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getHeader("X-HTTP-Method-Override") != null || request.getHeader("X-HTTP-Method") != null) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "Method overrides are not accepted");
      return;
    }
    if (!isJson(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > maxJsonBytes) {
      refuseTooLarge(response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) Math.min(maxJsonBytes + 1, Integer.MAX_VALUE - 8));
    if (body.length > maxJsonBytes) {
      refuseTooLarge(response);
      return;
    }
    // A JSON request without a body, or with null, is read as an empty object (as Camunda's
    // EmptyBodyFilter does for the webapps), so that it is refused for what it lacks and not with a 500.
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).strip();
    if (text.isEmpty() || text.equals("null")) {
      body = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase().contains("json");
  }

  private void refuseTooLarge(HttpServletResponse response) throws IOException {
    refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
        "The request body is larger than " + maxJsonBytes + " bytes");
  }

  static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    Map<String, Object> body = ErrorBody.of(status == HttpServletResponse.SC_FORBIDDEN ? "Forbidden" : "Refused", message);
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), body);
  }
}
