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
    return launch(name, folder, List.of("-Xmx256m", "-jar", System.getProperty("hrd.it.jar")), arguments);
  }

  /**
   * Starts a JVM with these options and what to run (a -jar or a -cp and main class), on a free port
   * with these arguments.
   */
  public static ServiceNode launch(String name, String folder, List<String> jvm, List<String> arguments)
      throws IOException {
    int port = freePort();
    Path log = Files.createDirectories(Path.of("target", folder)).resolve(name + ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvm);
    command.add("--server.port=" + port);
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

  /** The process's resident memory (Linux), in megabytes. */
  public long rssMegabytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    throw new IllegalStateException(name + " reports no resident memory");
  }

  public void awaitHealthy(Duration patience) {
    awaitHealthy(patience, Duration.ofMillis(250));
  }

  public void awaitHealthy(Duration patience, Duration interval) {
    await(name + " is healthy", () -> {
      if (!process.isAlive()) {
        throw new AssertionError(name + " died; see " + log);
      }
      try {
        return EngineRest.anonymous(port, "/actuator").get("/health").code() == 200;
      } catch (RuntimeException notListeningYet) {
        return false;
      }
    }, patience, interval);
  }

  /** Polls for a condition, never longer than the patience given: the service works in its own time. */
  public static void await(String what, BooleanSupplier condition, Duration patience) {
    await(what, condition, patience, Duration.ofMillis(250));
  }

  /** Polls this often: a benchmark that times a start-up asks every few milliseconds. */
  public static void await(String what, BooleanSupplier condition, Duration patience, Duration interval) {
    Instant deadline = Instant.now().plus(patience);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting until " + what);
      }
      try {
        Thread.sleep(interval.toMillis());
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
