package no.mfa.hrd.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Failed logins per client address: a few are typos, many make the address wait. */
class FailedLoginThrottleTest {

  private final FailedLoginThrottle throttle = new FailedLoginThrottle(3, Duration.ofMinutes(5));

  @Test
  void anAddressWaitsAfterTooManyFailedLoginsWhileOthersGoOn() throws Exception {
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThat(login("10.0.0.1", HttpServletResponse.SC_UNAUTHORIZED)).isEqualTo(401);
    }

    assertThat(login("10.0.0.1", HttpServletResponse.SC_OK)).as("even the right password waits").isEqualTo(429);
    assertThat(login("10.0.0.2", HttpServletResponse.SC_OK)).as("another address").isEqualTo(200);
  }

  @Test
  void successfulCallsAndCallsWithoutCredentialsAreNotFailures() throws Exception {
    for (int attempt = 0; attempt < 10; attempt++) {
      assertThat(login("10.0.0.3", HttpServletResponse.SC_OK)).isEqualTo(200);
      assertThat(call("10.0.0.3", HttpServletResponse.SC_UNAUTHORIZED, false)).isEqualTo(401);
    }
    assertThat(login("10.0.0.3", HttpServletResponse.SC_OK)).isEqualTo(200);
  }

  private int login(String address, int answer) throws Exception {
    return call(address, answer, true);
  }

  private int call(String address, int answer, boolean withCredentials) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    request.setRemoteAddr(address);
    if (withCredentials) {
      request.addHeader("Authorization", "Basic bWlzc2lvbi5uYWlyb2JpOndyb25n");
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    throttle.doFilter(request, response, new MockFilterChain() {
      @Override
      public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
        ((HttpServletResponse) res).setStatus(answer);
      }
    });
    return response.getStatus();
  }
}
