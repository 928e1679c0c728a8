package no.mfa.hrd.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule type the server enforces, each passing and failing. */
class FormValidatorTest {

  private static final String FORM = """
      { "id": "rulesTable", "components": [
        { "key": "summary", "type": "textfield", "label": "Summary",
          "validate": { "required": true, "minLength": 3, "maxLength": 10, "pattern": "[A-Za-zæøåÆØÅ ]+" } },
        { "key": "contact", "type": "textfield", "label": "Contact", "validate": { "validationType": "email" } },
        { "key": "count", "type": "number", "label": "Count", "validate": { "min": 1, "max": 5 } },
        { "key": "agreed", "type": "checkbox", "label": "Agreed", "validate": { "required": true } },
        { "key": "urgency", "type": "radio", "label": "Urgency", "validate": { "required": true },
          "values": [ { "label": "Urgent", "value": "urgent" }, { "label": "Normal", "value": "normal" } ] },
        { "key": "channel", "type": "select", "label": "Channel", "valuesKey": "channelOptions" },
        { "key": "categories", "type": "checklist", "label": "Categories",
          "values": [ { "label": "Women", "value": "women" }, { "label": "Journalists", "value": "journalists" } ] },
        { "key": "tags", "type": "taglist", "label": "Tags", "valuesExpression": "=tagOptions" },
        { "key": "reason", "type": "textarea", "label": "Reason", "validate": { "required": true },
          "conditional": { "hide": "=urgency != \\"urgent\\"" } },
        { "key": "happenedOn", "type": "datetime", "subtype": "date", "label": "Date" },
        { "key": "plannedOn", "type": "datetime", "subtype": "date", "label": "Planned", "disallowPassedDates": true },
        { "key": "meetingAt", "type": "datetime", "subtype": "datetime", "timeSerializingFormat": "utc_offset",
          "label": "Meeting" },
        { "type": "group", "label": "Reference data", "components": [
          { "key": "reference", "type": "textfield", "label": "Reference", "disabled": true },
          { "key": "deskNote", "type": "textarea", "label": "Desk note", "disabled": true },
          { "key": "country", "type": "textfield", "label": "Country", "readonly": true } ] },
        { "key": "ownNote", "type": "textfield", "label": "Own note", "conditional": { "hide": "=deskNote = null" } }
      ] }
      """;

  private static final Map<String, Object> EXISTING = Map.of(
      "channelOptions", List.of(Map.of("label", "Press", "value", "press"), Map.of("label", "Web", "value", "web")),
      "tagOptions", List.of("a", "b"),
      "country", "Kenya",
      "reference", "HRD-2026-00001",
      "reason", "An earlier reason");

  private static final Map<String, Object> VALID = Map.of("summary", "Hei Åse", "agreed", true, "urgency", "normal");

  private final FormValidator validator = new FormValidator(
      Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC));

  static List<Arguments> submissions() {
    return List.of(
        accepted("the minimal valid submission", with()),
        rejected("a missing required text", without("summary"), "summary", "required"),
        rejected("an empty required text", with("summary", ""), "summary", "required"),
        rejected("a required text of spaces only", with("summary", " \u00a0\t "), "summary", "required"),
        rejected("a required text of a zero-width space", with("summary", "\u200b"), "summary", "required"),
        rejected("a required text of a Hangul filler", with("summary", "\u3164"), "summary", "required"),
        rejected("a required text of a braille blank", with("summary", "\u2800"), "summary", "required"),
        rejected("a required text of a lone combining mark", with("summary", "\u034f"), "summary", "required"),
        rejected("a required text of a private-use character", with("summary", "\ue000"), "summary", "required"),
        rejected("a required text of an unassigned code point", with("summary", "\u0378"), "summary", "required"),
        rejected("half of a surrogate pair", with("urgency", "urgent", "reason", "Threats \ud800"), "reason", "characters"),
        rejected("a noncharacter", with("urgency", "urgent", "reason", "Threats \uffff"), "reason", "characters"),
        rejected("a noncharacter alone as an optional date", with("happenedOn", "\uffff"), "happenedOn", "characters"),
        rejected("spaces as an optional date", with("happenedOn", "   "), "happenedOn", "type"),
        accepted("a character beyond the basic plane, whole", with("urgency", "urgent", "reason", "Threats \ud83d\ude00")),
        rejected("a C1 control character in a text", with("urgency", "urgent", "reason", "Threats\u0085"), "reason",
            "controlCharacters"),
        rejected("a null over a hidden field's value", with("reason", null), "reason", "hidden"),
        rejected("not a number", with("count", Double.NaN), "count", "type"),
        rejected("a NUL byte in a text", with("urgency", "urgent", "reason", "Threats\u0000"), "reason", "controlCharacters"),
        accepted("line breaks and tabs in a long text", with("urgency", "urgent", "reason", "One\r\nTwo\tthree")),
        rejected("a text below minLength", with("summary", "ab"), "summary", "minLength"),
        rejected("a text above maxLength", with("summary", "abcdefghijk"), "summary", "maxLength"),
        accepted("Norwegian letters within maxLength", with("summary", "æøå ÆØÅ")),
        rejected("a text breaking the pattern", with("summary", "abc123"), "summary", "pattern"),
        rejected("a number where text belongs", with("summary", 12345), "summary", "type"),
        accepted("a valid e-mail", with("contact", "desk@example.org")),
        rejected("an invalid e-mail", with("contact", "not-an-address"), "contact", "email"),
        accepted("a number within bounds", with("count", 3)),
        accepted("a decimal within bounds", with("count", 2.5)),
        rejected("a number below min", with("count", 0), "count", "min"),
        rejected("a number above max", with("count", 6), "count", "max"),
        rejected("text where a number belongs", with("count", "3"), "count", "type"),
        rejected("an unticked required checkbox", with("agreed", false), "agreed", "required"),
        rejected("a string where a boolean belongs", with("agreed", "yes"), "agreed", "type"),
        rejected("a radio value not offered", with("urgency", "later"), "urgency", "allowedValues"),
        rejected("a list where one option belongs", with("channel", List.of("press")), "channel",
            "allowedValues"),
        accepted("a select value from valuesKey", with("channel", "press")),
        rejected("a select value not in valuesKey", with("channel", "tv"), "channel", "allowedValues"),
        accepted("checklist values offered", with("categories", List.of("women", "journalists"))),
        accepted("checklist values as a JSON variable", with("categories", Spin.JSON("[\"women\"]"))),
        rejected("a checklist value not offered", with("categories", List.of("women", "x")), "categories",
            "allowedValues"),
        rejected("a single value where a list belongs", with("categories", "women"), "categories", "type"),
        accepted("a taglist value from valuesExpression", with("tags", List.of("a"))),
        rejected("a taglist value outside valuesExpression", with("tags", List.of("c")), "tags", "allowedValues"),
        accepted("a hidden required field left out", with("urgency", "normal")),
        rejected("a shown required field left out", with("urgency", "urgent"), "reason", "required"),
        accepted("a shown required field given", with("urgency", "urgent", "reason", "Threats")),
        rejected("a value for a hidden field", with("reason", "Threats"), "reason", "hidden"),
        accepted("a date", with("happenedOn", "2026-02-01")),
        rejected("an impossible date", with("happenedOn", "2026-02-30"), "happenedOn", "type"),
        rejected("a date in another format", with("happenedOn", "01.02.2026"), "happenedOn", "type"),
        rejected("a passed date where the form forbids it", with("plannedOn", "2026-11-28"), "plannedOn", "pastDate"),
        accepted("today where passed dates are forbidden", with("plannedOn", "2026-11-29")),
        accepted("a datetime with offset", with("meetingAt", "2026-02-01T10:00:00+01:00")),
        rejected("a datetime without offset", with("meetingAt", "2026-02-01 10:00"), "meetingAt", "type"),
        rejected("a value for a disabled field", with("reference", "HRD-2026-99999"), "reference", "notEditable"),
        accepted("a disabled field sent back as it was", with("reference", "HRD-2026-00001")),
        accepted("an empty disabled field sent back empty, as the browser does", with("deskNote", "")),
        rejected("a value for an empty disabled field", with("deskNote", "Approve it"), "deskNote", "notEditable"),
        accepted("a read-only field sent back unchanged", with("country", "Kenya")),
        rejected("a read-only field changed", with("country", "Norway"), "country", "notEditable"),
        rejected("an empty disabled field sent back does not uncover what its absence hides",
            with("deskNote", "", "ownNote", "Ours"), "ownNote", "hidden"),
        rejected("a null among the options", with("categories", java.util.Arrays.asList("women", null)), "categories", "type"),
        rejected("a text within maxLength that is too long to store",
            with("urgency", "urgent", "reason", "\ud83d\ude00".repeat(2001)), "reason", "maxLength"),
        rejected("an option twice", with("categories", List.of("women", "women")), "categories", "duplicate"),
        rejected("a date before 1900", with("happenedOn", "0001-01-01"), "happenedOn", "range"),
        rejected("a date after 2199", with("happenedOn", "2500-01-01"), "happenedOn", "range"),
        rejected("a datetime no timer could wait for", with("meetingAt", "+300000000-01-01T00:00Z"), "meetingAt", "range"),
        rejected("an injected extra variable", with("approvedByDesk", true), FormValidator.UNKNOWN_FIELDS, "unknownField"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("submissions")
  void enforcesTheFormsRules(String name, Map<String, Object> submission, String field, String rule) throws Exception {
    FormSchema form = FormSchema.parse(new ObjectMapper().readTree(FORM));
    List<Violation> violations = validator.validate(form, submission, EXISTING);
    if (rule == null) {
      assertThat(violations).isEmpty();
    } else {
      assertThat(violations).extracting(Violation::field, Violation::rule).containsExactly(
          org.assertj.core.groups.Tuple.tuple(field, rule));
      String message = violations.get(0).message();
      FormField named = form.fields().get(field);
      if (named != null) {
        assertThat(message).as("names the field").contains(named.label());
      } else {
        assertThat(message).as("never repeats a name the client chose").doesNotContain(submission.keySet());
      }
      if (submission.get(field) instanceof String value && value.length() > 3) {
        assertThat(message).as("never repeats what was submitted").doesNotContain(value);
      }
    }
  }

  private static Arguments accepted(String name, Map<String, Object> submission) {
    return Arguments.of(name, submission, null, null);
  }

  private static Arguments rejected(String name, Map<String, Object> submission, String field, String rule) {
    return Arguments.of(name, submission, field, rule);
  }

  private static Map<String, Object> with(Object... keysAndValues) {
    Map<String, Object> submission = new HashMap<>(VALID);
    for (int i = 0; i < keysAndValues.length; i += 2) {
      submission.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return submission;
  }

  private static Map<String, Object> without(String key) {
    Map<String, Object> submission = new HashMap<>(VALID);
    submission.remove(key);
    return submission;
  }
}
