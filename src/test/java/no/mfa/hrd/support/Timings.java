package no.mfa.hrd.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A benchmark's measured calls, by kind and by the service that answered them: their percentiles,
 * and a report in target/bench as JSON (every figure) and as a Markdown table.
 */
public final class Timings {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One kind of call as one service answered it, at a number of open tasks or cases. */
  public record Timing(String call, String service, int open, int count, double p50, double p95, double p99,
      double max, double perSecond) {}

  private final Map<List<Object>, List<Double>> millis = new LinkedHashMap<>();

  /** Times one call, under its kind, for this service at this count of open work. */
  public <T> T time(String call, String service, int open, Supplier<T> request) {
    long start = System.nanoTime();
    T result = request.get();
    record(call, service, open, (System.nanoTime() - start) / 1e6);
    return result;
  }

  public void record(String call, String service, int open, double elapsedMillis) {
    millis.computeIfAbsent(List.of(call, service, open), key -> new ArrayList<>()).add(elapsedMillis);
  }

  /** Every kind of call recorded so far, in the order first seen. */
  public List<Timing> summary() {
    List<Timing> summary = new ArrayList<>();
    millis.forEach((key, values) -> {
      double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double total = Arrays.stream(sorted).sum();
      summary.add(new Timing((String) key.get(0), (String) key.get(1), (Integer) key.get(2), sorted.length,
          percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100),
          Math.round(sorted.length / total * 1e4) / 10.0));
    });
    return summary;
  }

  /** The value at this percentile of sorted values (nearest rank), to a tenth. */
  public static double percentile(double[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return Math.round(sorted[Math.max(0, index)] * 10) / 10.0;
  }

  /**
   * Writes target/bench/&lt;name&gt;-&lt;time&gt;.json (the facts given and every timing) and .md (the
   * facts, then the table), and prints the table.
   */
  public static void write(String name, Map<String, Object> facts, String table) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "bench"));
    String stamp = Instant.now().toString().replace(":", "-");
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("at", Instant.now().toString());
    report.putAll(facts);
    Files.writeString(dir.resolve(name + "-" + stamp + ".json"), JSON.writeValueAsString(report));
    StringBuilder markdown = new StringBuilder();
    facts.forEach((fact, value) -> {
      if (!(value instanceof List<?> || value instanceof Map<?, ?>)) {
        markdown.append("- ").append(fact).append(": ").append(value).append('\n');
      }
    });
    markdown.append('\n').append(table);
    Files.writeString(dir.resolve(name + "-" + stamp + ".md"), markdown);
    System.out.println(markdown);
  }
}
