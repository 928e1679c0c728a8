package no.mfa.hrd.process.publicstatement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import no.mfa.hrd.support.ModelGraph;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

/** Proven on the model's graph: nothing is published without the defender's consent to that very text. */
class PublicStatementSafeguardsTest {

  private static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(new File("processes/publicStatement.bpmn"));

  @Test
  void everyDraftTheDeskSeesOrTheCommunicationUnitPublishesWasConsentedTo() {
    for (String draft : new String[] {"Task_DraftStatement", "Task_ReviseStatement"}) {
      assertThat(ModelGraph.reachable(MODEL, draft, Set.of("Flow_StatementConsentGiven")))
          .as("from %s, only through consent", draft)
          .doesNotContain("CallActivity_DecideOnStatement", "Task_PublishStatement");
    }
    assertThat(MODEL.<SequenceFlow>getModelElementById("Flow_StatementConsentGiven").getConditionExpression()
        .getTextContent()).isEqualTo("${statementConsent == 'yes'}");
  }
}
