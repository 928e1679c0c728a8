package no.mfa.hrd.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses what a browser sends to the staff APIs on another site's behalf, and keeps their answers out of
 * caches. A browser remembers HTTP Basic credentials once a user has typed them at its prompt, and sends
 * them, like the webapps' session cookie, with any request to this host: also one that another site's
 * page makes, such as a hidden form posting an erasure (cross-site request forgery). Browsers say where a
 * request comes from ({@code Sec-Fetch-Site}, {@code Origin}); REST clients send neither, and pass.
 */
public class SameOriginOnly extends OncePerRequestFilter {

  /** The page's own origin, or the user's own typing or bookmark. */
  private static final Set<String> OWN = Set.of("same-origin", "none");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String site = request.getHeader("Sec-Fetch-Site");
    String origin = request.getHeader("Origin");
    if ((site != null && !OWN.contains(site)) || (origin != null && !isOwn(origin, request.getHeader("Host")))) {
      RequestLimits.refuse(response, HttpServletResponse.SC_FORBIDDEN,
          "Requests from another site's page are refused; open the service itself");
      return;
    }
    // Answers carry cases' data: no browser or proxy keeps them.
    response.setHeader("Cache-Control", "no-store");
    chain.doFilter(request, response);
  }

  /** Compared by host and port with the Host header, so that it holds behind a proxy that ends TLS. */
  private static boolean isOwn(String origin, String host) {
    if (host == null) {
      return false;
    }
    try {
      URI uri = URI.create(origin);
      String authority = uri.getRawAuthority();
      return authority != null && authority.equalsIgnoreCase(host);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }
}
