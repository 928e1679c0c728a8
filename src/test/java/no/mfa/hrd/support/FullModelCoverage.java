package no.mfa.hrd.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scenario tests of this class together take every flow node and every sequence flow of these
 * process models (process test coverage of 100 %); the build fails otherwise. Reports go to
 * target/process-test-coverage.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FullModelCoverage {

  /** Process definition keys. */
  String[] value();
}
