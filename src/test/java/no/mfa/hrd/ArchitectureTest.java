package no.mfa.hrd;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Everything specific to one process lives in no.mfa.hrd.process.<key>; the rest knows no process. */
class ArchitectureTest {

  private static final JavaClasses SERVICE_AND_TESTS = new ClassFileImporter().importPackages("no.mfa.hrd");

  @Test
  void genericPackagesKnowNoProcess() {
    ArchRule rule = noClasses()
        .that().resideOutsideOfPackage("no.mfa.hrd.process..")
        .should().dependOnClassesThat().resideInAPackage("no.mfa.hrd.process..")
        .because("case files, forms, notifications, identities and the engine boundary serve every process alike");

    assertThat(SERVICE_AND_TESTS.containPackage("no.mfa.hrd.process.demarche")).as("the rule has processes to see").isTrue();
    rule.check(SERVICE_AND_TESTS);
  }
}
