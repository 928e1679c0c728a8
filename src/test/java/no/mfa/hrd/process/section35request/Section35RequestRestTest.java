package no.mfa.hrd.process.section35request;

import static no.mfa.hrd.process.section35request.Section35RequestSteps.step;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.RestCase;
import no.mfa.hrd.support.TestMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main path of a section 35 request over REST, as the role users do it with authorizations on.
 * The Section for Humanitarian Affairs reads the case from the step it is brought in; hubs, the
 * Communication Unit, another mission and other desks see nothing of it.
 */
@ServiceTest
class Section35RequestRestTest {

  private static final String[] OUTSIDERS = {"mission.bogota", "hub.nairobi", "comms", "desk.europe"};

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @Test
  void theMissionTheDeskAndTheHumanitarianSectionObtainAnEntryPermitAndNobodyElseSeesTheCase() {
    RestCase request = RestCase.open(port, engine, "mission.nairobi", "section35Request", Section35RequestSteps.START);
    EngineRest humanitarian = request.as("humanitarian.section");
    request.work("mission.nairobi", "Task_ConsiderOtherProtection", step("otherProtectionNotEnough"));
    request.work("mission.nairobi", "Task_ReferToUnhcr", step("unhcrCannotProtect"));
    assertThat(humanitarian.get("/process-instance?businessKey=" + request.reference()).body())
        .as("not before the desk supports the request").isEmpty();
    request.work("mission.nairobi", "Task_AssessConditions", step("conditionsMet"));
    request.outsidersSeeNothing(true, OUTSIDERS);

    request.work("desk.africa", "Task_Decide", step("support"));
    // The HR section reads every case; auditors follow its course.
    assertThat(request.as("hr.section").get("/process-instance/" + request.instanceId()).code()).isEqualTo(200);
    assertThat(request.as("auditor").get("/history/process-instance?processInstanceBusinessKey=" + request.reference()).body())
        .isNotEmpty();
    request.work("humanitarian.section", "Task_CheckCompleteness", step("moreInformationNeeded"));
    request.work("mission.nairobi", "Task_ProvideInformation", step("informationProvided"));
    request.work("humanitarian.section", "Task_CheckCompleteness", step("complete"));
    assertThat(humanitarian.get("/process-instance?businessKey=" + request.reference()).body()).hasSize(1);
    request.work("humanitarian.section", "Task_ForwardToImmigration", step("forwarded"));
    request.work("humanitarian.section", "Task_RecordDecision", step("granted"));
    request.work("mission.nairobi", "Task_ArrangeEntry", step("entryArranged"));
    request.outsidersSeeNothing(false, OUTSIDERS);

    JsonNode outcome = humanitarian.get("/history/variable-instance?processInstanceId=" + request.instanceId()
        + "&variableName=caseOutcome").body();
    assertThat(outcome.get(0).get("value").asText()).isEqualTo("entryPermitGranted");
  }
}
