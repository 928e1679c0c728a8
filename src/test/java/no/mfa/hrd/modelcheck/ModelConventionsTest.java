package no.mfa.hrd.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.identity.AccessProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The definition of done (shared/CONVENTIONS.md), enforced on every model and form; the build fails on a finding. */
@ServiceTest
class ModelConventionsTest {

  private static final Path TEST_MODELS = Path.of("src/test/resources/processes");
  private static final Path TEST_FORMS = Path.of("src/test/resources/forms");

  @Autowired ApplicationContext context;
  @Autowired AccessProperties access;
  @org.springframework.beans.factory.annotation.Value("${hrd.retention.history-time-to-live}") java.time.Duration retention;
  @TempDir Path broken;

  private ModelConventions checker() {
    return new ModelConventions(context::containsBean, access.processStarters().keySet(), retention);
  }

  @Test
  void theServicesModelsAndFormsMeetTheDefinitionOfDone() throws IOException {
    assertThat(checker().check(List.of(Path.of("processes")), List.of(Path.of("forms")))).isEmpty();
  }

  @Test
  void theTestModelsMeetItToo() throws IOException {
    assertThat(checker().check(List.of(TEST_MODELS), List.of(TEST_FORMS))).isEmpty();
  }

  static List<Arguments> brokenModels() {
    return List.of(
        broken("a flow node without a shape",
            bpmn -> bpmn.replaceAll("(?s)<bpmndi:BPMNShape id=\"Task_ReviewCase_di\".*?</bpmndi:BPMNShape>", ""),
            "Task_ReviewCase has no diagram shape"),
        broken("a sequence flow without an edge",
            bpmn -> bpmn.replaceAll("(?s)<bpmndi:BPMNEdge id=\"Flow_ToFollowUp_di\".*?</bpmndi:BPMNEdge>", ""),
            "sequence flow Flow_ToFollowUp has no diagram edge"),
        broken("no history time to live",
            bpmn -> bpmn.replace(" camunda:historyTimeToLive=\"P3650D\"", ""),
            "process caseFileTest has no camunda:historyTimeToLive"),
        broken("a history time to live other than the configured one",
            bpmn -> bpmn.replace("camunda:historyTimeToLive=\"P3650D\"", "camunda:historyTimeToLive=\"P30D\""),
            "process caseFileTest keeps its history for P30D, not the configured P3650D"),
        broken("a user task without a form",
            bpmn -> bpmn.replace(" camunda:formRef=\"caseFileTestReviewCase\"", ""),
            "user task Task_ReviewCase has no camunda:formRef"),
        broken("a form that does not exist",
            bpmn -> bpmn.replace("\"caseFileTestReviewCase\"", "\"reviewCaseForm\""),
            "refers to form 'reviewCaseForm', which is not in forms/"),
        broken("a form bound by latest version",
            bpmn -> bpmn.replaceFirst("camunda:formRefBinding=\"deployment\"", "camunda:formRefBinding=\"latest\""),
            "use camunda:formRefBinding=\"deployment\""),
        broken("a start event without a form",
            bpmn -> bpmn.replace(" camunda:formRef=\"caseFileTestStart\"", ""),
            "start event StartEvent_CaseOpened has no camunda:formRef"),
        broken("a candidate group outside the role set",
            bpmn -> bpmn.replace("camunda:candidateGroups=\"${deskGroup}\"", "camunda:candidateGroups=\"embassy-oslo\""),
            "candidate group 'embassy-oslo' is neither a role group"),
        broken("a candidate group expression that is no group variable",
            bpmn -> bpmn.replace("${deskGroup}", "${reviewer}"),
            "candidate group '${reviewer}' is neither a role group"),
        broken("a flow node without a name",
            bpmn -> bpmn.replace(" name=\"Review case\"", ""),
            "userTask Task_ReviewCase has no name"),
        broken("a generated id",
            bpmn -> bpmn.replace("Task_ReviewCase", "Activity_0abc123"),
            "userTask Activity_0abc123: id should start with one of [Task_]"),
        broken("a generated suffix",
            bpmn -> bpmn.replace("Task_ReviewCase", "Task_0abc123"),
            "userTask Task_0abc123: id looks generated"),
        broken("a service task with a Java class",
            bpmn -> asServiceTask(bpmn, "camunda:class=\"no.mfa.hrd.Notify\""),
            "service task Task_ReviewCase should use camunda:delegateExpression"),
        broken("a service task naming a bean that does not exist",
            bpmn -> asServiceTask(bpmn, "camunda:delegateExpression=\"${notifyNobody}\""),
            "service task Task_ReviewCase: no Spring bean named 'notifyNobody'"),
        broken("a node that cannot be reached",
            bpmn -> bpmn.replace("sourceRef=\"Task_RecordDetails\" targetRef=\"CallActivity_FollowUp\"",
                "sourceRef=\"Task_RecordDetails\" targetRef=\"Task_ReviewCase\""),
            "CallActivity_FollowUp cannot be reached from a start event"),
        broken("a path that never ends",
            bpmn -> bpmn.replace("sourceRef=\"Task_NotifyMission\" targetRef=\"EndEvent_CaseReviewed\"",
                "sourceRef=\"Task_NotifyMission\" targetRef=\"Task_RecordDetails\""),
            "Task_NotifyMission has no path to an end event"),
        broken("an end of the case without its outcome",
            bpmn -> bpmn.replaceAll("(?s)(<bpmn:endEvent id=\"EndEvent_CaseReviewed\"[^>]*>)\\s*<bpmn:extensionElements>.*?"
                + "</bpmn:extensionElements>", "$1"),
            "end event EndEvent_CaseReviewed ends the case but is not marked with its outcome"),
        broken("a script task",
            bpmn -> bpmn.replaceAll("(?s)<bpmn:userTask id=\"Task_ReviewCase\"[^>]*>(.*?)</bpmn:userTask>",
                "<bpmn:scriptTask id=\"Task_ReviewCase\" name=\"Review case\" scriptFormat=\"javascript\">$1"
                    + "<bpmn:script>1</bpmn:script></bpmn:scriptTask>"),
            "script task Task_ReviewCase: deployed models may not run scripts"),
        broken("a notification that is not asynchronous",
            bpmn -> bpmn.replace("id=\"Task_NotifyDesk\" name=\"Notify desk\" camunda:asyncBefore=\"true\"",
                "id=\"Task_NotifyDesk\" name=\"Notify desk\""),
            "send task Task_NotifyDesk must be asynchronous"));
  }

  @ParameterizedTest(name = "rejects {0}")
  @MethodSource("brokenModels")
  void rejectsBrokenModels(String defect, UnaryOperator<String> breakIt, String expected) throws IOException {
    Path processes = copy(TEST_MODELS, "processes");
    Path model = processes.resolve("caseFileTest.bpmn");
    Files.writeString(model, breakIt.apply(Files.readString(model)));

    assertThat(findings(processes, copy(TEST_FORMS, "forms"))).anyMatch(finding -> finding.contains(expected));
  }

  @Test
  void rejectsDuplicateFieldKeysAndUnusedForms() throws IOException {
    Path forms = copy(TEST_FORMS, "forms");
    Path form = forms.resolve("caseFileTestReviewCase.form");
    Files.writeString(form, Files.readString(form).replace("\"components\": [", """
        "components": [
            { "id": "Field_Duplicate", "key": "review", "label": "Again", "type": "textfield" },"""));
    Files.writeString(forms.resolve("orphan.form"), "{ \"id\": \"orphanForm\", \"components\": [] }");

    assertThat(findings(copy(TEST_MODELS, "processes"), forms))
        .anyMatch(finding -> finding.contains("field key 'review' is used twice in form 'caseFileTestReviewCase'"))
        .anyMatch(finding -> finding.contains("form 'orphanForm' is used by no model"));
  }

  @Test
  void rejectsFormComponentsTheServerCannotValidate() throws IOException {
    Path forms = copy(TEST_FORMS, "forms");
    Path form = forms.resolve("caseFileTestReviewCase.form");
    Files.writeString(form, Files.readString(form).replace("\"components\": [", """
        "components": [
            { "id": "Field_Attachment", "key": "attachment", "label": "Attachment", "type": "filepicker" },"""));

    assertThat(findings(copy(TEST_MODELS, "processes"), forms))
        .anyMatch(finding -> finding.contains("component filepicker 'attachment' in form 'caseFileTestReviewCase'"));
  }

  @Test
  void rejectsAnAnswerWithoutAPersonalDataMarker() throws IOException {
    Path forms = copy(TEST_FORMS, "forms");
    Path form = forms.resolve("caseFileTestReviewCase.form");
    Files.writeString(form, Files.readString(form).replaceAll("\"personalData\":\\s*\"true\"", "\"note\": \"x\""));

    assertThat(findings(copy(TEST_MODELS, "processes"), forms))
        .anyMatch(finding -> finding.contains("field 'review' in form 'caseFileTestReviewCase' must declare properties.personalData"));
  }

  @Test
  void rejectsAnOutcomeOnAnEscalationAndAComparisonWithAnOutcomeThatDoesNotExist() throws IOException {
    Path processes = copy(Path.of("processes"), "processes");
    edit(processes.resolve("ministryDecision.bpmn"), bpmn -> bpmn
        .replace("<bpmn:endEvent id=\"EndEvent_DecisionEscalated\" name=\"Escalation sent\">",
            "<bpmn:endEvent id=\"EndEvent_DecisionEscalated\" name=\"Escalation sent\"><bpmn:extensionElements>"
                + "<camunda:properties><camunda:property name=\"caseOutcome\" value=\"escalated\" />"
                + "</camunda:properties></bpmn:extensionElements>"));
    edit(processes.resolve("demarche.bpmn"), bpmn -> bpmn
        .replace("${statementOutcome == 'rejectedByMinistry'}", "${statementOutcome == 'EndEvent_StatementRejected'}"));

    assertThat(findings(processes, copy(Path.of("forms"), "forms")))
        .anyMatch(finding -> finding.contains("end event EndEvent_DecisionEscalated ends a reminder or escalation branch"))
        .anyMatch(finding -> finding.contains("compares statementOutcome with 'EndEvent_StatementRejected', which is no"
            + " outcome of publicStatement"))
        .anyMatch(finding -> finding.contains("Gateway_StatementOutcome handles no flow for outcomes [rejectedByMinistry]"));
  }

  @Test
  void aBranchRunSideBySideEndsWithoutAnOutcomeAndOnlyATerminateEndClosesTheCase() throws IOException {
    Path processes = copy(Path.of("processes"), "processes");
    edit(processes.resolve("protectionCase.bpmn"), bpmn -> bpmn
        .replace("<bpmn:endEvent id=\"EndEvent_DemarcheEnded\" name=\"Démarche ended\">",
            "<bpmn:endEvent id=\"EndEvent_DemarcheEnded\" name=\"Démarche ended\"><bpmn:extensionElements>"
                + "<camunda:properties><camunda:property name=\"caseOutcome\" value=\"demarcheEnded\" />"
                + "</camunda:properties></bpmn:extensionElements>")
        .replace("<bpmn:terminateEventDefinition id=\"TerminateEventDefinition_CaseClosed\" />", ""));

    assertThat(findings(processes, copy(Path.of("forms"), "forms")))
        .anyMatch(finding -> finding.contains("end event EndEvent_DemarcheEnded ends one of several branches run side by side"))
        .anyMatch(finding -> finding.contains("end event EndEvent_CaseClosed ends one of several branches run side by side"));
  }

  @Test
  void rejectsAFlowDrawnThroughAShapeOrOnTopOfAnother() throws IOException {
    Path processes = copy(Path.of("processes"), "processes");
    // Straight from the gateway to the report's gateway: through the delivery, along the main line.
    edit(processes.resolve("demarche.bpmn"), bpmn -> bpmn.replaceAll(
        "(?s)(<bpmndi:BPMNEdge id=\"Flow_Approved_di\" bpmnElement=\"Flow_Approved\">).*?(</bpmndi:BPMNEdge>)",
        "$1<di:waypoint x=\"2000\" y=\"320\" /><di:waypoint x=\"2535\" y=\"320\" />$2"));

    assertThat(findings(processes, copy(Path.of("forms"), "forms")))
        .anyMatch(finding -> finding.contains("sequence flow Flow_Approved is drawn through Task_InformDeskOfReaction"))
        .anyMatch(finding -> finding.contains("sequence flows Flow_DeskInformed and Flow_Approved are drawn on top of each other")
            || finding.contains("sequence flows Flow_Approved and Flow_DeskInformed are drawn on top of each other"));
  }

  @Test
  void rejectsADecisionThatIsRedrawnOrNotFedWhatItsFormsShow() throws IOException {
    Path processes = copy(Path.of("processes"), "processes");
    Path forms = copy(Path.of("forms"), "forms");
    edit(processes.resolve("demarche.bpmn"), bpmn -> bpmn
        .replace("<camunda:in source=\"riskReason\" target=\"riskReason\" />", "")
        .replace("<camunda:out source=\"ministryComment\" target=\"ministryComment\" />", "")
        .replace("camunda:formRef=\"demarcheRevise\"", "camunda:formRef=\"demarcheApprove\""));
    edit(forms.resolve("publicStatementDecide.form"), form -> form.replace("\"consultHrSection\"", "\"askAround\""));

    assertThat(findings(processes, forms))
        .anyMatch(finding -> finding.contains("CallActivity_ApproveDemarche shows riskReason in form 'demarcheApprove'"
            + " but does not pass it in"))
        .anyMatch(finding -> finding.contains("CallActivity_ApproveDemarche must take back ministryComment"))
        .anyMatch(finding -> finding.contains("user task Task_ReviseProposal decides for the Ministry itself"))
        .anyMatch(finding -> finding.contains("form 'publicStatementDecide': ministryDecision offers"));
  }

  private static void edit(Path file, UnaryOperator<String> change) throws IOException {
    Files.writeString(file, change.apply(Files.readString(file)));
  }

  @Test
  void personalFieldsAreMarkedOneWayAndNeitherNotificationsNorDecisionsReadThem() throws IOException {
    Path processes = copy(TEST_MODELS, "processes");
    edit(processes.resolve("caseFileTest.bpmn"), bpmn -> bpmn.replace("2030-01-31T12:00:00+01:00", "${summary}"));
    Files.writeString(processes.resolve("risk.dmn"),
        Files.readString(Path.of("processes/riskLevel.dmn")).replace("<text>currentThreats</text>", "<text>summary</text>"));
    Path forms = copy(TEST_FORMS, "forms");
    edit(forms.resolve("caseFileTestRecordDetails.form"), form -> form
        .replace("\"key\": \"details\"", "\"key\": \"summary\"").replace("\"personalData\": \"true\"", "\"personalData\": \"false\""));

    assertThat(findings(processes, forms))
        .anyMatch(finding -> finding.contains("notification parameter notifyDueDate of Task_NotifyDesk reads the personal field 'summary'"))
        .anyMatch(finding -> finding.contains("decision input 'summary' reads the personal field 'summary'"))
        .anyMatch(finding -> finding.contains("field 'summary' in form 'caseFileTestRecordDetails' is free text marked personalData false"))
        .anyMatch(finding -> finding.contains("field 'summary' in form 'caseFileTestStart' is marked personalData true, another form marks it false"));
  }

  @Test
  void rejectsADecisionWithoutHistoryTimeToLive() throws IOException {
    Path processes = copy(TEST_MODELS, "processes");
    Files.writeString(processes.resolve("routing.dmn"),
        Files.readString(Path.of("processes/missionRouting.dmn")).replace(" camunda:historyTimeToLive=\"P3650D\"", ""));

    assertThat(findings(processes, copy(TEST_FORMS, "forms")))
        .anyMatch(finding -> finding.contains("decision missionRouting has no camunda:historyTimeToLive"));
  }

  private List<String> findings(Path processes, Path forms) throws IOException {
    return checker().check(List.of(processes), List.of(forms)).stream().map(Object::toString).toList();
  }

  private static String asServiceTask(String bpmn, String implementation) {
    return bpmn.replaceAll("(?s)<bpmn:userTask id=\"Task_ReviewCase\"[^>]*>(.*?)</bpmn:userTask>",
        "<bpmn:serviceTask id=\"Task_ReviewCase\" name=\"Review case\" " + implementation.replace("$", "\\$")
            + ">$1</bpmn:serviceTask>");
  }

  private static Arguments broken(String defect, UnaryOperator<String> breakIt, String expected) {
    return Arguments.of(defect, breakIt, expected);
  }

  private Path copy(Path from, String name) throws IOException {
    Path target = Files.createDirectories(broken.resolve(name));
    try (var files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    return target;
  }
}
