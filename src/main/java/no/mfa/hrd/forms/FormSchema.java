package no.mfa.hrd.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deployed Camunda Form: its id, its keyed fields, in order, including those inside groups, and the
 * names of all the variables it reads (its fields, and those its expressions and texts name).
 */
public record FormSchema(String id, Map<String, FormField> fields, List<String> unsupported, Set<String> reads) {

  /** A name in a FEEL expression ("=riskLevel = \"high\"") or a text template ("{{caseReference}}"). */
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}");

  public static FormSchema parse(JsonNode form) {
    Map<String, FormField> fields = new LinkedHashMap<>();
    List<String> unsupported = new ArrayList<>();
    collect(form.path("components"), fields, unsupported);
    Set<String> reads = new HashSet<>(fields.keySet());
    namesIn(form.path("components"), reads);
    return new FormSchema(form.path("id").asText(), fields, List.copyOf(unsupported), Set.copyOf(reads));
  }

  /**
   * Every name the form's expressions, templates and value sources could read. A FEEL keyword among
   * them is harmless: the set only ever narrows what a task shows.
   */
  private static void namesIn(JsonNode node, Set<String> names) {
    if (node.isTextual()) {
      String text = node.asText();
      if (text.startsWith("=") || text.contains("{{")) {
        Matcher name = NAME.matcher(text.startsWith("=") ? text : String.join(" ", templates(text)));
        while (name.find()) {
          names.add(name.group());
        }
      }
      return;
    }
    if (node.has("valuesKey")) {
      names.add(node.get("valuesKey").asText());
    }
    node.forEach(child -> namesIn(child, names));
  }

  private static List<String> templates(String text) {
    List<String> templates = new ArrayList<>();
    Matcher template = TEMPLATE.matcher(text);
    while (template.find()) {
      templates.add(template.group(1));
    }
    return templates;
  }

  /** The keys of the fields its user answers: all but those the form only shows. */
  public List<String> answerKeys() {
    return fields.values().stream().filter(field -> !field.displayOnly()).map(FormField::key).toList();
  }

  /** The keys of the fields it marks as personal data. */
  public Set<String> personalKeys() {
    Set<String> keys = new HashSet<>();
    fields.values().stream().filter(FormField::personal).forEach(field -> keys.add(field.key()));
    return keys;
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
