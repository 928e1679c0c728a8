package no.mfa.hrd.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A process's valid form values, step by step, from its one fixture file
 * (src/test/resources/fixtures/&lt;key&gt;.json), which the browser tests read too.
 */
public final class Fixture {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String processKey;
  private final Map<String, Map<String, Object>> steps;

  private Fixture(String processKey, Map<String, Map<String, Object>> steps) {
    this.processKey = processKey;
    this.steps = steps;
  }

  public static Fixture of(String processKey) {
    try (InputStream in = Fixture.class.getResourceAsStream("/fixtures/" + processKey + ".json")) {
      if (in == null) {
        throw new IllegalStateException("no fixture file for process " + processKey);
      }
      return new Fixture(processKey, JSON.readValue(in, new TypeReference<>() { }));
    } catch (IOException unreadable) {
      throw new IllegalStateException("the fixture file of " + processKey + " cannot be read", unreadable);
    }
  }

  /** A step's values, with some of them changed (name, value, name, value ...). */
  public Map<String, Object> step(String name, Object... changes) {
    Map<String, Object> values = steps.get(name);
    if (values == null) {
      throw new IllegalArgumentException("the fixture of " + processKey + " has no step " + name);
    }
    Map<String, Object> result = new LinkedHashMap<>(values);
    for (int i = 0; i < changes.length; i += 2) {
      result.put((String) changes[i], changes[i + 1]);
    }
    return Map.copyOf(result);
  }
}
