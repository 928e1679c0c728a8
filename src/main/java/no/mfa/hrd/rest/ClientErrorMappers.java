package no.mfa.hrd.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ParamException;

/**
 * Our answers to errors the client caused ({@link ClientErrors}), one mapper for each exception type
 * Camunda's REST applications map themselves, so that ours is the closest; what is not the client's
 * error is left to Camunda's own handler. Registered in both REST applications.
 */
public final class ClientErrorMappers {

  /** Every mapper, for the applications to register. */
  public static final List<Class<?>> ALL = List.of(ForEngineErrors.class, ForRestErrors.class,
      ForNulls.class, ForJsonMapping.class, ForJsonParsing.class, ForJsonLimits.class, ForParameters.class,
      ForClassCasts.class, ForIllegalArguments.class);

  private ClientErrorMappers() {
  }

  /** Our answer when the error is the client's, Camunda's otherwise. */
  abstract static class ClientErrorMapper<E extends Throwable> implements ExceptionMapper<E> {
    private final ExceptionMapper<? super E> camundaDefault;

    ClientErrorMapper(ExceptionMapper<? super E> camundaDefault) {
      this.camundaDefault = camundaDefault;
    }

    @Override
    public Response toResponse(E exception) {
      return ClientErrors.response(exception).orElseGet(() -> camundaDefault.toResponse(exception));
    }
  }

  @Priority(Priorities.USER - 100)
  public static class ForEngineErrors extends ClientErrorMapper<ProcessEngineException> {
    public ForEngineErrors() {
      super(new ProcessEngineExceptionHandler());
    }
  }

  @Priority(Priorities.USER - 100)
  public static class ForRestErrors extends ClientErrorMapper<RestException> {
    public ForRestErrors() {
      super(new RestExceptionHandler());
    }
  }

  @Priority(Priorities.USER - 100)
  public static class ForNulls extends ClientErrorMapper<NullPointerException> {
    public ForNulls() {
      super(new ExceptionHandler());
    }
  }

  @Priority(Priorities.USER - 100)
  public static class ForJsonMapping extends ClientErrorMapper<JsonMappingException> {
    public ForJsonMapping() {
      super(new ExceptionHandler());
    }
  }

  @Priority(Priorities.USER - 100)
  public static class ForJsonParsing extends ClientErrorMapper<JsonParseException> {
    public ForJsonParsing() {
      super(new ExceptionHandler());
    }
  }

  @Priority(Priorities.USER - 100)
  public static class ForParameters extends ClientErrorMapper<ParamException> {
    public ForParameters() {
      super(new ExceptionHandler());
    }
  }

  /** Jackson's other refusals, such as JSON nested deeper than its limit. */
  @Priority(Priorities.USER - 100)
  public static class ForJsonLimits extends ClientErrorMapper<JsonProcessingException> {
    public ForJsonLimits() {
      super(new ExceptionHandler());
    }
  }

  /** A value of the wrong kind where Camunda's request objects expect another (a sorting type as a number). */
  @Priority(Priorities.USER - 100)
  public static class ForClassCasts extends ClientErrorMapper<ClassCastException> {
    public ForClassCasts() {
      super(new ExceptionHandler());
    }
  }

  /** A value the request typed so that it cannot be built, such as a file without its valueInfo. */
  @Priority(Priorities.USER - 100)
  public static class ForIllegalArguments extends ClientErrorMapper<IllegalArgumentException> {
    public ForIllegalArguments() {
      super(new ExceptionHandler());
    }
  }
}
