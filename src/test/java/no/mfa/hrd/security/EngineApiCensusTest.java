package no.mfa.hrd.security;

import static no.mfa.hrd.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.identity.Role;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.EngineRest.Response;
import no.mfa.hrd.support.WebappSession;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every operation of Camunda's REST API, as its OpenAPI description lists it, called by a mission's
 * staff member against a live case, at /engine-rest and in the webapps: an operation on the
 * allowlist behaves as its row says (never refused by the boundary unless its condition fails, never
 * a 5xx); any other answers the boundary's 403. An upgrade that adds an operation is refused until
 * somebody adds a reasoned row.
 */
@ServiceTest
class EngineApiCensusTest {

  private static final String USER = "mission.nairobi";
  /** Operations the webapps call that Camunda's OpenAPI description leaves out (CMMN). */
  private static final Set<String> NOT_IN_OPENAPI = Set.of("GET /case-definition/count");
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired FilterService filterService;

  private Map<String, String> liveIds;

  record Operation(String method, String path, boolean multipart) {
    /** Tenants and decision requirements are not used: their locators answer 404 before any operation. */
    boolean locatesNothing() {
      return path.contains("{tenant-id}") || path.startsWith("/decision-requirements-definition/key/");
    }
  }

  @BeforeEach
  void aLiveCase() {
    EngineRest nairobi = EngineRest.as(port, USER, "demo");
    JsonNode started = nairobi.post("/process-definition/key/caseFileTest/submit-form",
        variables(Map.of("summary", "census"))).body();
    String instanceId = started.get("id").asText();
    String taskId = nairobi.get("/task?processInstanceId=" + instanceId).body().get(0).get("id").asText();
    var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("caseFileTest")
        .latestVersion().singleResult();
    liveIds = Map.of(
        "task", taskId,
        "process-instance", instanceId,
        "process-definition", definition.getId(),
        "deployment", definition.getDeploymentId(),
        "user", USER,
        "filter", filterService.createFilterQuery().list().get(0).getId(),
        "history", instanceId);
  }

  @Test
  void everyOperationIsOnTheAllowlistOrRefusedAtEngineRest() throws IOException {
    EngineRest rest = EngineRest.as(port, USER, "demo");
    List<String> wrong = new ArrayList<>();
    for (Operation operation : openApiOperations()) {
      String path = concrete(operation.path());
      Response response = operation.multipart()
          ? rest.callMultipart(operation.method(), path)
          : rest.call(operation.method(), path, hasBody(operation) ? Map.of() : null);
      check(operation, response.code(), response.body().path("type").asText(), wrong);
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyOperationIsOnTheAllowlistOrRefusedInTheWebapps() throws IOException {
    WebappSession tasklist = WebappSession.login(port, "tasklist", USER, "demo");
    List<String> wrong = new ArrayList<>();
    for (Operation operation : openApiOperations()) {
      String path = concrete(operation.path());
      HttpResponse<String> response = operation.multipart()
          ? tasklist.engineMultipart(operation.method(), path)
          : tasklist.engine(operation.method(), path, hasBody(operation) ? "{}" : null);
      String type = "";
      if (response.body().startsWith("{")) {
        type = JSON.readTree(response.body()).path("type").asText();
      }
      check(operation, response.statusCode(), type, wrong);
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyRowOfTheAllowlistNamesAnOperationOfTheApi() throws IOException {
    Set<String> operations = new java.util.HashSet<>();
    openApiOperations().forEach(operation -> operations.add(EngineOperation.shape(operation.method(), operation.path())));
    for (EngineOperation row : EngineAllowlist.operations()) {
      String template = row.shape();
      if (!NOT_IN_OPENAPI.contains(row.method() + " " + row.template())) {
        assertThat(operations).as("the allowlist's row '%s'", template).contains(template);
      }
      assertThat(row.reason()).as(template).isNotBlank();
    }
  }

  private void check(Operation operation, int status, String type, List<String> wrong) {
    EngineOperation row = rowFor(operation);
    boolean refusedByBoundary = status == 403 && "Forbidden".equals(type);
    if (row == null && !refusedByBoundary && !(status == 404 && operation.locatesNothing())) {
      wrong.add(operation + " is not on the allowlist but answered " + status + " " + type);
    } else if (row != null && row.condition() == EngineOperation.Condition.NONE && refusedByBoundary) {
      wrong.add(operation + " is on the allowlist but was refused");
    } else if (status >= 500) {
      wrong.add(operation + " answered " + status + " " + type);
    }
  }

  /** The row a mission's staff member may use for this operation, or null. */
  private static EngineOperation rowFor(Operation operation) {
    for (EngineOperation row : EngineAllowlist.operations()) {
      if (row.shape().equals(EngineOperation.shape(operation.method(), operation.path()))
          && row.roles().contains(Role.MISSION)) {
        return row;
      }
    }
    return null;
  }

  private String concrete(String template) {
    String resource = template.split("/")[1];
    Matcher parameter = PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    while (parameter.find()) {
      String value = switch (parameter.group(1)) {
        case "key" -> resource.equals("decision-definition") ? "riskLevel" : "caseFileTest";
        case "id" -> liveIds.getOrDefault(resource, "census-unknown");
        default -> "census";
      };
      parameter.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    return parameter.appendTail(path).toString();
  }

  private static boolean hasBody(Operation operation) {
    return Set.of("POST", "PUT", "PATCH").contains(operation.method());
  }

  static List<Operation> openApiOperations() throws IOException {
    try (InputStream in = EngineApiCensusTest.class.getResourceAsStream("/openapi.json")) {
      assertThat(in).as("Camunda's OpenAPI description (camunda-engine-rest-openapi)").isNotNull();
      JsonNode paths = JSON.readTree(in).path("paths");
      List<Operation> operations = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> path = it.next();
        path.getValue().fields().forEachRemaining(method -> {
          if (Set.of("get", "post", "put", "delete", "options", "patch").contains(method.getKey())) {
            boolean multipart = method.getValue().path("requestBody").path("content").has("multipart/form-data");
            operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), multipart));
          }
        });
      }
      assertThat(operations).hasSizeGreaterThan(300);
      return operations;
    }
  }
}
