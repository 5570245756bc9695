package no.followup.registry.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.submission.SubmissionCommand;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The rules of docs ARCHITECTURE.md, over every module's production classes: it lives in the
 * assembly, the one module that sees them all.
 */
@AnalyzeClasses(
    packages = "no.followup.registry",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule THE_DOMAIN_DEPENDS_ON_NO_FRAMEWORK_AND_NO_OTHER_ROLE =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages("..domain..", "java..", "javax.crypto..");

  @ArchTest
  static final ArchRule ROLES_POINT_ONE_WAY_AND_PERSISTENCE_IS_ONLY_WIRED =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("app")
          .definedBy("no.followup.registry.app..")
          .layer("api")
          .definedBy("no.followup.registry.api..")
          .layer("web")
          .definedBy("no.followup.registry.web..")
          .layer("batch")
          .definedBy("no.followup.registry.batch..")
          .layer("export")
          .definedBy("no.followup.registry.export..")
          .layer("application")
          .definedBy("no.followup.registry.application..")
          .layer("persistence")
          .definedBy("no.followup.registry.persistence..")
          .layer("domain")
          .definedBy("no.followup.registry.domain..")
          .whereLayer("app")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("api")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("web")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("batch")
          .mayOnlyBeAccessedByLayers("api", "web")
          .whereLayer("export")
          .mayOnlyBeAccessedByLayers("api", "web", "batch")
          .whereLayer("application")
          .mayOnlyBeAccessedByLayers("api", "web", "batch", "export", "persistence")
          .whereLayer("persistence")
          .mayNotBeAccessedByAnyLayer()
          .withOptionalLayers(true);

  @ArchTest
  static final ArchRule CONCEPTS_INSIDE_THE_DOMAIN_ARE_FREE_OF_CYCLES =
      slices().matching("no.followup.registry.domain.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule EXPORT_BATCH_AND_PAGES_NEVER_TOUCH_THE_NATIONAL_ID =
      noClasses()
          .that()
          .resideInAnyPackage("..export..", "..batch..", "..web..")
          .should()
          .dependOnClassesThat()
          .haveSimpleNameStartingWith("NationalIdNumber")
          .orShould()
          .dependOnClassesThat()
          .haveSimpleName("Pseudonymiser")
          .allowEmptyShould(true);

  /** The datasets' Excel files are written in one place, the upload template read in another. */
  @ArchTest
  static final ArchRule POI_IS_USED_ONLY_BY_THE_EXCEL_WRITER_AND_THE_UPLOAD_TEMPLATE =
      noClasses()
          .that()
          .resideOutsideOfPackages("..export.excel..", "..web.upload..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.poi..");

  @ArchTest
  static final ArchRule SPRING_BATCH_IS_USED_ONLY_BY_THE_BATCH_JOBS =
      noClasses()
          .that()
          .resideOutsideOfPackage("..batch..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.springframework.batch..");

  @ArchTest
  static final ArchRule THE_BATCH_MODULE_RUNS_JOBS_AND_DECIDES_NO_ACCESS =
      noClasses()
          .that()
          .resideInAPackage("no.followup.registry.batch..")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(Actor.class, AccessDeniedException.class)
          .because(
              "a use case takes the actor and checks access; use cases live in application (report,"
                  + " export, schedule), and the batch module keeps the jobs, their steps and the"
                  + " worker");

  @ArchTest
  static final ArchRule THE_EMBEDDED_DATABASE_IS_ONLY_THE_DEMOS =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "no.followup.registry.demodatabase..", "no.followup.registry.testsupport..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.zonky..")
          .because(
              "the embedded PostgreSQL is a test library: only the demo's module and the tests start"
                  + " it, and a production build (-Dproduction) leaves the demo's module out");

  @ArchTest
  static final ArchRule EVERY_ENDPOINT_AND_PAGE_STATES_WHO_MAY_CALL_IT =
      methods()
          .that()
          .areMetaAnnotatedWith(RequestMapping.class)
          .and()
          .areDeclaredInClassesThat()
          .resideInAnyPackage("no.followup.registry.api..", "no.followup.registry.web..")
          .should()
          .bePublic()
          .andShould()
          .beAnnotatedWith(PreAuthorize.class);

  @ArchTest
  static final ArchRule A_SUBMISSION_IS_READ_INTO_COMMANDS_BEFORE_ANYTHING_RUNS =
      classes()
          .that()
          .implement(SubmissionCommand.class)
          .should()
          .beRecords()
          .because(
              "a bulk record or an uploaded row is read whole into a value before any use case runs"
                  + " it (its rules, not the reading, decide its outcome)");

  @ArchTest
  static final ArchRule NO_FIELD_INJECTION =
      GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

  @ArchTest
  static final ArchRule NO_SYSTEM_OUT_OR_ERR =
      noClasses()
          .that()
          .resideOutsideOfPackage("no.followup.registry.cohort..")
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
          .because(
              "the registry logs through SLF4J; only the command-line cohort client prints to the"
                  + " terminal that started it");

  @ArchTest
  static final ArchRule NO_JAVA_UTIL_LOGGING =
      GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  @ArchTest
  static final ArchRule NO_GENERIC_EXCEPTIONS_THROWN =
      GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
}
