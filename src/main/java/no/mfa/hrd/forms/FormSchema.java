package no.mfa.hrd.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A deployed Camunda Form: its id and its keyed fields, in order, including those inside groups. */
public record FormSchema(String id, Map<String, FormField> fields, List<String> unsupported) {

  public static FormSchema parse(JsonNode form) {
    Map<String, FormField> fields = new LinkedHashMap<>();
    List<String> unsupported = new ArrayList<>();
    collect(form.path("components"), fields, unsupported);
    return new FormSchema(form.path("id").asText(), fields, List.copyOf(unsupported));
  }

  /** The keys of the fields its user answers: all but those the form only shows. */
  public List<String> answerKeys() {
    return fields.values().stream().filter(field -> !field.displayOnly()).map(FormField::key).toList();
  }

  private static void collect(JsonNode components, Map<String, FormField> fields, List<String> unsupported) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String key = component.path("key").asText("");
      if (FormField.INPUT_TYPES.contains(type) && !key.isEmpty()) {
        fields.put(key, FormField.of(component));
      } else if (!FormField.DISPLAY_TYPES.contains(type) || component.hasNonNull("path") || !key.isEmpty()) {
        // Nested data paths, dynamic lists, expressions, file pickers: the server cannot check them.
        unsupported.add(key.isEmpty() ? type : type + " '" + key + "'");
      }
      collect(component.path("components"), fields, unsupported);
    }
  }
}
