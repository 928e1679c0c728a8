package no.mfa.hrd.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One service process from the built jar (system property hrd.it.jar), as it runs in production: for
 * the tests that start, stop and kill the service itself. Its log goes to target/&lt;folder&gt;/&lt;name&gt;.log.
 */
public record ServiceNode(String name, int port, Process process, Path log) {

  /** Starts the jar on a free port with these arguments (datasource, mail, timings). */
  public static ServiceNode start(String name, String folder, List<String> arguments) throws IOException {
    int port = freePort();
    Path log = Files.createDirectories(Path.of("target", folder)).resolve(name + ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-jar", System.getProperty("hrd.it.jar"), "--server.port=" + port));
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    return new ServiceNode(name, port, process, log);
  }

  public EngineRest as(String user) {
    return EngineRest.as(port, user, "admin".equals(user) ? "admin" : "demo");
  }

  /** The service's own API (/api), as the administrator. */
  public EngineRest api() {
    return EngineRest.as(port, "/api", "admin", "admin");
  }

  public void awaitHealthy(Duration patience) {
    await(name + " is healthy", () -> {
      if (!process.isAlive()) {
        throw new AssertionError(name + " died; see " + log);
      }
      try {
        return EngineRest.anonymous(port, "/actuator").get("/health").code() == 200;
      } catch (RuntimeException notListeningYet) {
        return false;
      }
    }, patience);
  }

  /** Polls for a condition, never longer than the patience given: the service works in its own time. */
  public static void await(String what, BooleanSupplier condition, Duration patience) {
    Instant deadline = Instant.now().plus(patience);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting until " + what);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new AssertionError(interrupted);
      }
    }
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
