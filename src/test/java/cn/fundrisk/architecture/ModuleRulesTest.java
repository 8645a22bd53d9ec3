package cn.fundrisk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.freeze.FreezingArchRule.freeze;

import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules of issue 15 that the code keeps today, and the frozen ones it does not keep yet
 * (docs/architecture.md, "Modules"). A frozen rule's violations of today are recorded in
 * {@code src/test/resources/archunit_store}; a new one fails the build, one that is gone is removed
 * from the store by the run (commit the changed store). {@code src/test/resources/archunit.properties}
 * forbids creating a store for a rule that has none: a new frozen rule is recorded once with
 * {@code -Darchunit.freeze.store.default.allowStoreCreation=true}, and the store committed.
 */
@AnalyzeClasses(locations = MainClasses.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    /** Frozen: today's cycle edges between feature packages are recorded; any new one fails. */
    @ArchTest
    static final ArchRule feature_packages_gain_no_cycle = freeze(
            slices().matching("cn.fundrisk.(*)..").namingSlices("$1")
                    .should(new CycleEdges())
                    .as("feature packages cn.fundrisk.<feature> should be free of cycles"))
            .associateViolationLinesVia(CycleEdges.FIRST_LINE);

    /** The engine's public API only (developers' guide), but for the classes named in {@link Exemptions#ENGINE_INTERNALS}. */
    @ArchTest
    static final ArchRule engine_internals_only_where_listed = noClasses()
            .that(Exemptions.notListedIn(Exemptions.ENGINE_INTERNALS))
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
            .because("Camunda 7.24 is the last community release: keep to org.camunda.bpm.engine.* "
                    + "(the exemptions and their reasons are in Exemptions.ENGINE_INTERNALS)");

    /** The list stays exact: an exempted class that no longer needs the engine's internals leaves the list. */
    @ArchTest
    static final ArchRule engine_exemptions_are_needed = classes()
            .that(Exemptions.listedIn(Exemptions.ENGINE_INTERNALS))
            .should(Exemptions.dependOnPackage("org.camunda.bpm.engine.impl"))
            .allowEmptyShould(false);

    /** Spring Security belongs to the gate: identity, and the two filters named in {@link Exemptions#SECURITY}. */
    @ArchTest
    static final ArchRule security_only_in_the_gate = noClasses()
            .that().resideOutsideOfPackage("cn.fundrisk.identity..")
            .and(Exemptions.notListedIn(Exemptions.SECURITY))
            .should().dependOnClassesThat().resideInAPackage("org.springframework.security..")
            .because("who is signed in reaches the features through identity (CurrentUser), not Spring Security's types");

    @ArchTest
    static final ArchRule security_exemptions_are_needed = classes()
            .that(Exemptions.listedIn(Exemptions.SECURITY))
            .should(Exemptions.dependOnPackage("org.springframework.security"))
            .allowEmptyShould(false);

    /** Frozen: a controller reads and writes its own feature's repositories; another feature's go through a service. */
    @ArchTest
    static final ArchRule controllers_use_their_own_repositories = freeze(
            classes().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                    .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                    .should(new OwnRepositoriesOnly())
                    .as("controllers should use only the repositories of their own feature"));

    /** A class renamed or moved leaves no stale exemption behind. */
    @ArchTest
    static void every_exempted_class_exists(JavaClasses classes) {
        Stream.of(Exemptions.ENGINE_INTERNALS, Exemptions.SECURITY).flatMap(list -> list.keySet().stream())
                .forEach(name -> assertThat(classes.contain(name)).as("exempted class %s exists", name).isTrue());
    }
}
