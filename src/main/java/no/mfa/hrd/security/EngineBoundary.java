package no.mfa.hrd.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.mfa.hrd.ErrorBody;
import no.mfa.hrd.identity.Role;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deny by default: a staff member's call to the engine API runs only when {@link EngineAllowlist}
 * has a row for the operation Jersey matched, for one of the caller's roles, and its condition holds.
 * Administrators pass. Registered in both of the engine's REST applications, /engine-rest and the
 * webapps' /camunda/api/engine, after authentication (HTTP Basic or the webapp's session), which has
 * set the engine's current authentication. It decides on the route Jersey will really invoke, so
 * "/process-definition/statistics" is never mistaken for "/process-definition/{id}". On the way
 * out, a task's form variables are narrowed to what its form reads ({@link TaskFormVariables}).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class EngineBoundary implements ContainerRequestFilter, ContainerResponseFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineBoundary.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NAMED_ENGINE = Pattern.compile("^/engine/\\{[^}]+}(?=/|$)");
  private static final List<String> PAGING = List.of("firstResult", "maxResults");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
  private static final Set<String> SUBMISSIONS = Set.of("/task/{id}/submit-form", "/task/{id}/complete");
  private static final String FORM_VARIABLES = "/task/{id}/form-variables";
  private static final Pattern CASE_MANAGEMENT = Pattern.compile("^case|Case(Instance|Execution|Definition|Activity)");
  /** A refusal names the parameter only when it looks like one of Camunda's, never other client text. */
  private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z]{1,60}");

  @Context ExtendedUriInfo uriInfo;

  private record Caller(String userId, List<String> groupIds) {
    boolean isAdmin() {
      return groupIds.contains(Role.ADMIN.groupId());
    }

    Set<Role> roles() {
      return Role.allOf(groupIds);
    }
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    for (String paging : PAGING) {
      String value = uriInfo.getQueryParameters().getFirst(paging);
      if (value != null && !WHOLE_NUMBER.matcher(value).matches()) {
        // The engine would hand a negative offset to the database and answer 500.
        request.abortWith(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
            .entity(ErrorBody.of("InvalidRequestException", paging + " must be a whole number from 0")).build());
        return;
      }
    }
    String caseManagement = caseManagementParameter(request);
    if (caseManagement != null) {
      // CMMN is off, so the engine has no case tables: such a query would fail in the database (500).
      request.abortWith(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(ErrorBody.of("InvalidRequestException",
              caseManagement + ": the service has no CMMN cases to query by")).build());
      return;
    }
    Caller caller = caller();
    if (caller != null && caller.isAdmin()) {
      return;
    }
    String method = "HEAD".equals(request.getMethod()) ? "GET" : request.getMethod();
    String operation = matchedTemplate();
    if (caller == null) {
      if (!("GET".equals(method) && "/engine".equals(operation))) {
        request.abortWith(refused(Response.Status.UNAUTHORIZED, "Log in to use the engine API"));
      }
      return;
    }
    String refusal = refusal(caller, method, operation, request);
    if (refusal != null) {
      request.abortWith(refused(Response.Status.FORBIDDEN, refusal));
    }
  }

  /**
   * A second click on a form its user has just completed races the first: the engine may refuse it
   * for want of a grant that the completed task no longer has (403). Said as what it is: the task is
   * done. Only to the user who completed it, so nobody learns of another's task.
   */
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() == Response.Status.OK.getStatusCode() && "GET".equals(request.getMethod())
        && FORM_VARIABLES.equals(matchedTemplate()) && response.getEntity() instanceof Map<?, ?> variables) {
      narrowToTheForm(variables, response);
      return;
    }
    if (response.getStatus() != Response.Status.FORBIDDEN.getStatusCode() || !"POST".equals(request.getMethod())
        || !SUBMISSIONS.contains(matchedTemplate())) {
      return;
    }
    Caller caller = caller();
    String taskId = uriInfo.getPathParameters().getFirst("id");
    if (caller != null && taskId != null && completedBy(taskId, caller.userId())) {
      response.setStatus(Response.Status.CONFLICT.getStatusCode());
      response.setEntity(ErrorBody.of("TaskCompleted",
          "You have completed this task already (perhaps a second click): reload the task list"),
          new java.lang.annotation.Annotation[0], MediaType.APPLICATION_JSON_TYPE);
    }
  }

  /** A task's form variables are those its form reads (TaskFormVariables); administrators see all. */
  private void narrowToTheForm(Map<?, ?> variables, ContainerResponseContext response) {
    Caller caller = caller();
    String taskId = uriInfo.getPathParameters().getFirst("id");
    if (caller == null || caller.isAdmin() || taskId == null) {
      return;
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) EngineUtil.lookupProcessEngine(null).getProcessEngineConfiguration();
    Set<String> read = TaskFormVariables.readBy(configuration, taskId);
    Map<Object, Object> shown = new java.util.LinkedHashMap<>();
    variables.forEach((name, value) -> {
      if (read.contains(name)) {
        shown.put(name, value);
      }
    });
    response.setEntity(shown, response.getEntityAnnotations(), response.getMediaType());
  }

  private static boolean completedBy(String taskId, String userId) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) EngineUtil.lookupProcessEngine(null).getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() ->
        configuration.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).taskAssignee(userId)
            .finished().count() > 0));
  }

  /** Null when a row allows the call. */
  private String refusal(Caller caller, String method, String operation, ContainerRequestContext request)
      throws IOException {
    String shape = EngineOperation.shape(method, operation);
    Set<Role> roles = caller.roles();
    String refusal = null;
    for (EngineOperation row : EngineAllowlist.operations()) {
      if (!shape.equals(row.shape())) {
        continue;
      }
      if (roles.stream().noneMatch(row.roles()::contains)) {
        refusal = "'" + method + " " + row.template() + "' is not available to your role";
        continue;
      }
      String conditionRefusal = row.condition().refusal(new Call(caller.userId(), roles,
          uriInfo.getPathParameters(), uriInfo.getQueryParameters().keySet(), body(request)));
      if (conditionRefusal == null) {
        return null;
      }
      refusal = conditionRefusal;
    }
    if (refusal == null) {
      LOG.info("Refused {} {} for {}: not on the allowlist", method, operation, caller.userId());
      return "This operation of the engine API is not available to staff; use Tasklist, or the service's own API";
    }
    LOG.info("Refused {} {} for {}: {}", method, operation, caller.userId(), refusal);
    return refusal;
  }

  /**
   * A query parameter, or a criterion of a JSON query body (its top level or one of its OR queries),
   * that asks about CMMN cases (caseDefinitionKey, subCaseInstanceId, caseActivityIdIn ...), even
   * empty: the engine queries by "" as well. Not the keys of variable maps deeper in a body (a
   * variable may be called caseReference), not Tasklist's empty lists (caseInstanceVariables: []),
   * and not the case-insensitive variable matching (variableNamesIgnoreCase).
   */
  private String caseManagementParameter(ContainerRequestContext request) throws IOException {
    Set<String> names = new java.util.TreeSet<>(uriInfo.getQueryParameters().keySet());
    MediaType type = request.getMediaType();
    if (type != null && type.getSubtype().toLowerCase(java.util.Locale.ROOT).contains("json")) {
      try {
        JsonNode body = JSON.readTree(body(request));
        collectCriteria(body, names);
        if (body != null && body.path("orQueries").isArray()) {
          body.get("orQueries").forEach(orQuery -> collectCriteria(orQuery, names));
        }
      } catch (IOException | RuntimeException notJson) {
        // the resource refuses it as malformed
      }
    }
    return names.stream().filter(name -> CASE_MANAGEMENT.matcher(name).find()).findFirst()
        .map(name -> PARAMETER_NAME.matcher(name).matches() ? name : "a parameter").orElse(null);
  }

  private static void collectCriteria(JsonNode query, Set<String> names) {
    if (query == null || !query.isObject()) {
      return;
    }
    query.fields().forEachRemaining(field -> {
      if (!field.getValue().isNull() && !(field.getValue().isContainerNode() && field.getValue().isEmpty())) {
        names.add(field.getKey());
      }
    });
  }

  /** The template of the matched resource method, from the root resource down, without the engine's name. */
  private String matchedTemplate() {
    List<UriTemplate> templates = new ArrayList<>(uriInfo.getMatchedTemplates());
    Collections.reverse(templates);
    StringBuilder path = new StringBuilder();
    for (UriTemplate template : templates) {
      String part = template.getTemplate();
      if (!part.isEmpty() && !part.startsWith("/")) {
        path.append('/');
      }
      path.append(part);
    }
    String template = NAMED_ENGINE.matcher(path.toString().replaceAll("/{2,}", "/")).replaceFirst("");
    if (template.length() > 1 && template.endsWith("/")) {
      template = template.substring(0, template.length() - 1);
    }
    return template.isEmpty() ? "/engine" : template;
  }

  private static Caller caller() {
    Authentication authentication = EngineUtil.lookupProcessEngine(null).getIdentityService()
        .getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return null;
    }
    return new Caller(authentication.getUserId(),
        authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds());
  }

  /** The body, read once and put back for the resource. Its size was limited before (RequestLimits). */
  private static byte[] body(ContainerRequestContext request) throws IOException {
    if (!request.hasEntity()) {
      return new byte[0];
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    return body;
  }

  static Response refused(Response.Status status, String message) {
    Map<String, Object> body = ErrorBody.of(status == Response.Status.FORBIDDEN ? "Forbidden" : "Unauthorized", message);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  private record Call(String userId, Set<Role> roles, MultivaluedMap<String, String> pathParameters,
      Set<String> queryParameters, byte[] body) implements EngineOperation.Call {

    @Override
    public Set<String> parameterNames() {
      Set<String> names = new java.util.HashSet<>(queryParameters);
      try {
        collectFieldNames(JSON.readTree(body), names);
      } catch (IOException | RuntimeException notJson) {
        // no JSON body: only the query's parameters
      }
      return names;
    }

    /** Fields that carry something: Tasklist sends empty variable filters ([]) with every list. */
    private static void collectFieldNames(JsonNode node, Set<String> names) {
      if (node == null) {
        return;
      }
      node.fields().forEachRemaining(field -> {
        JsonNode value = field.getValue();
        boolean empty = value.isNull() || value.isContainerNode() && value.isEmpty()
            || value.isBoolean() && !value.asBoolean() || value.isTextual() && value.asText().isEmpty();
        if (!empty) {
          names.add(field.getKey());
        }
      });
      node.elements().forEachRemaining(child -> collectFieldNames(child, names));
    }

    @Override
    public String pathParameter(String name) {
      return pathParameters.getFirst(name);
    }

    @Override
    public String bodyField(String name) {
      try {
        JsonNode value = JSON.readTree(body).path(name);
        return value.isTextual() ? value.asText() : null;
      } catch (IOException | RuntimeException notJson) {
        return null;
      }
    }
  }
}
