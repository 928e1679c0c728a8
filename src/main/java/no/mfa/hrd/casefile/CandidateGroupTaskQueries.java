package no.mfa.hrd.casefile;

import java.util.List;
import no.mfa.hrd.identity.AuthorizationChecks;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * A task query that asks only for tasks whose candidates include the user's own groups ("My group's
 * tasks" in Tasklist) runs without the engine's authorization join: its answer is the same with or
 * without it, and the join costs a lookup of the user's grants for every candidate row (issue 18:
 * seconds at 10,000 open tasks on PostgreSQL).
 *
 * <p>Why the answer is the same: whenever a group becomes a task's candidate, the engine's
 * authorization provider grants that group READ on the task ({@link CandidateGroupTaskAuthorizations});
 * nothing in the service removes such a grant while the candidacy stands, and revoking grants is not
 * used ({@code authorization-check-revokes: never}). So every task such a query can return, the user
 * may already read. Anything that could reach further keeps the check: another user's or group's
 * candidacy, a pattern of group names, an OR query, or a query without candidate groups. The tenant
 * check is not touched.
 */
class CandidateGroupTaskQueries extends AuthorizationChecks {

  /** Opens this manager wherever the engine asks for its {@link AuthorizationManager}. */
  static final class Factory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new CandidateGroupTaskQueries();
    }
  }

  @Override
  public void configureTaskQuery(TaskQueryImpl query) {
    super.configureTaskQuery(query);
    if (query.getAuthCheck().isAuthorizationCheckEnabled() && onlyOwnGroupsCandidacies(query, getCurrentAuthentication())) {
      query.getAuthCheck().setAuthorizationCheckEnabled(false);
    }
  }

  static boolean onlyOwnGroupsCandidacies(TaskQueryImpl query, Authentication authentication) {
    if (authentication == null || authentication.getGroupIds() == null || query.getQueries().size() != 1
        || query.getCandidateUser() != null || query.getCandidateGroupLike() != null) {
      return false;
    }
    List<String> groups = query.getCandidateGroups();
    return groups != null && !groups.isEmpty() && authentication.getGroupIds().containsAll(groups);
  }
}
