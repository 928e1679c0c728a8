package no.mfa.hrd.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * hrd.boundary: the largest request body staff may send to the engine API, and how many failed
 * logins one client address may make before it waits.
 */
@ConfigurationProperties("hrd.boundary")
public record BoundaryProperties(DataSize maxRequestSize, int maxFailedLogins, Duration failedLoginWindow) {
}
