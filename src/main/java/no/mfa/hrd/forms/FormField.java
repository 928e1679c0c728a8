package no.mfa.hrd.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One keyed component of a Camunda Form (form-js schema) with the rules the server enforces. */
public record FormField(
    String key,
    String type,
    String label,
    boolean required,
    Integer minLength,
    Integer maxLength,
    String pattern,
    BigDecimal min,
    BigDecimal max,
    String validationType,
    List<String> values,
    String valuesKey,
    String valuesExpression,
    String hideCondition,
    String disabled,
    String readonly,
    String subtype,
    boolean serializeToString,
    boolean disallowPassedDates,
    String timeSerializingFormat,
    Boolean personalData) {

  /** The one marker of a field that holds personal data (properties.personalData: "true" or "false"). */
  public static final String PERSONAL_DATA = "personalData";

  /** The input components the server validates. Anything else with a key is refused by the model checks. */
  public static final Set<String> INPUT_TYPES = Set.of(
      "textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "taglist", "datetime");
  /** Components that show something and submit nothing. */
  public static final Set<String> DISPLAY_TYPES = Set.of(
      "text", "html", "image", "spacer", "separator", "group", "iframe", "button", "table");

  static FormField of(JsonNode component) {
    JsonNode validate = component.path("validate");
    String key = component.path("key").asText();
    return new FormField(
        key,
        component.path("type").asText(),
        component.path("label").asText(key),
        validate.path("required").asBoolean(false),
        integer(validate, "minLength"),
        integer(validate, "maxLength"),
        text(validate, "pattern"),
        decimal(validate, "min"),
        decimal(validate, "max"),
        text(validate, "validationType"),
        staticValues(component.path("values")),
        text(component, "valuesKey"),
        text(component, "valuesExpression"),
        text(component.path("conditional"), "hide"),
        flag(component, "disabled"),
        flag(component, "readonly"),
        text(component, "subtype"),
        component.path("serializeToString").asBoolean(false),
        component.path("disallowPassedDates").asBoolean(false),
        text(component, "timeSerializingFormat"),
        marker(component.path("properties").path(PERSONAL_DATA)));
  }

  /** Whether the field holds personal data: erasure, the trail's redaction and the notification rule read this. */
  public boolean personal() {
    return Boolean.TRUE.equals(personalData);
  }

  /** "true" or "false"; anything else is undeclared (null), which the model check refuses for an answer. */
  private static Boolean marker(JsonNode value) {
    return switch (value.asText()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.path(name);
    return value.isMissingNode() || value.isNull() || value.asText().isEmpty() ? null : value.asText();
  }

  /**
   * Whether the form only shows this field (disabled: true): what comes back for it is never an
   * answer, so conditions, rules and the case keep the value the case has.
   */
  public boolean displayOnly() {
    return "true".equals(disabled);
  }

  /** disabled and readonly are booleans or FEEL expressions ("=..."). */
  private static String flag(JsonNode node, String name) {
    JsonNode value = node.path(name);
    if (value.isBoolean()) {
      return value.asBoolean() ? "true" : null;
    }
    return text(node, name);
  }

  private static Integer integer(JsonNode node, String name) {
    return node.path(name).isNumber() ? node.path(name).asInt() : null;
  }

  private static BigDecimal decimal(JsonNode node, String name) {
    return node.path(name).isNumber() ? node.path(name).decimalValue() : null;
  }

  private static List<String> staticValues(JsonNode values) {
    List<String> result = new ArrayList<>();
    values.forEach(option -> result.add(option.path("value").asText()));
    return List.copyOf(result);
  }
}
