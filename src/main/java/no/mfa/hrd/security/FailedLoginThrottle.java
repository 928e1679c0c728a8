package no.mfa.hrd.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing without locking anybody out: after too many failed logins from one
 * client address, that address waits out the window (429) before it may try again. Camunda's own
 * growing delay per user stays; its permanent lock is off (login-max-attempts).
 */
public class FailedLoginThrottle extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(FailedLoginThrottle.class);

  private final int maxFailures;
  private final Duration window;
  /** Failures per client address, forgotten a window after the last one. */
  private final Cache<String, AtomicInteger> failures;

  public FailedLoginThrottle(int maxFailures, Duration window) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.failures = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String client = request.getRemoteAddr();
    AtomicInteger count = failures.getIfPresent(client);
    if (count != null && count.get() >= maxFailures) {
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(window.toSeconds()));
      RequestLimits.refuse(response, 429,
          "Too many failed logins from this address: try again in " + window.toMinutes() + " minutes");
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && triedToLogIn(request)) {
      AtomicInteger counter = failures.get(client, address -> new AtomicInteger());
      int failed = counter.incrementAndGet();
      // a write restarts the window: the address waits a whole window after its last failure
      failures.put(client, counter);
      if (failed == maxFailures) {
        LOG.info("Failed logins from one client address reached {}; it waits {}", maxFailures, window);
      }
    }
  }

  /** Credentials were sent (HTTP Basic) or the login form was posted. */
  private static boolean triedToLogIn(HttpServletRequest request) {
    return request.getHeader(HttpHeaders.AUTHORIZATION) != null || "POST".equals(request.getMethod());
  }
}
