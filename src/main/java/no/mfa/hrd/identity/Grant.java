package no.mfa.hrd.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Permissions on one resource, granted to a group idempotently: applying it twice adds nothing. */
public record Grant(Resource resource, String resourceId, List<Permission> permissions) {

  public static final String ANY = Authorization.ANY;

  public static Grant of(Resource resource, String resourceId, Permission... permissions) {
    return new Grant(resource, resourceId, List.of(permissions));
  }

  public void applyTo(AuthorizationService authorizations, String groupId) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    Authorization authorization = existing != null ? existing : newAuthorization(authorizations, groupId);
    boolean changed = existing == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }

  private Authorization newAuthorization(AuthorizationService authorizations, String groupId) {
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    return authorization;
  }
}
