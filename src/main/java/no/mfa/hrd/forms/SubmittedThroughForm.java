package no.mfa.hrd.forms;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Which tasks and process instances went through their form in the current engine command. It lives
 * in the command's own session, which only the validating form handler writes: no variable or request
 * of a client can set it, and it is gone when the command ends.
 */
final class SubmittedThroughForm implements Session {

  private final Set<String> scopes = new HashSet<>();

  static void mark(String scopeId) {
    current().scopes.add(scopeId);
  }

  /** Whether the scope went through its form in this command; the mark is used up. */
  static boolean take(String scopeId) {
    return current().scopes.remove(scopeId);
  }

  private static SubmittedThroughForm current() {
    return Context.getCommandContext().getSession(SubmittedThroughForm.class);
  }

  @Override
  public void flush() {
    // nothing is stored
  }

  @Override
  public void close() {
    scopes.clear();
  }

  static final class Factory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return SubmittedThroughForm.class;
    }

    @Override
    public Session openSession() {
      return new SubmittedThroughForm();
    }
  }
}
