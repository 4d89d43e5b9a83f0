package com.hcpress.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Features talk to each other through the public classes of their top-level package only; what
 * lies in a feature's sub-packages (web, rendering, ...) is its own business. No two features
 * depend on each other, directly or round a longer loop. {@code shared} may be used by all and
 * uses none. No rule here may pass for want of classes to check.
 */
class ArchitectureTest {

    private static final String ROOT = "com.hcpress";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void theWholeApplicationIsChecked() {
        assertThat(features()).contains("account", "comment", "content", "gate", "privacy", "reading", "shared");
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching(ROOT + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void featuresDoNotReachIntoEachOthersSubPackages() {
        for (String feature : features()) {
            if (feature.equals("shared")) {
                continue;
            }
            noClasses().that().resideOutsideOfPackage(ROOT + "." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + "." + feature + ".*..")
                    .because("the sub-packages of " + feature + " are its internals")
                    .check(CLASSES);
        }
    }

    @Test
    void sharedKnowsNoFeature() {
        for (String feature : features()) {
            if (feature.equals("shared")) {
                continue;
            }
            noClasses().that().resideInAPackage(ROOT + ".shared..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + "." + feature + "..")
                    .check(CLASSES);
        }
    }

    @Test
    void privacyLeavesOtherFeaturesTablesToThem() {
        noClasses().that().resideInAPackage(ROOT + ".privacy..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "jakarta.persistence..")
                .because("each feature exports and erases its own rows as a PersonalDataHolder")
                .check(CLASSES);
    }

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic()
                .check(CLASSES);
    }

    @Test
    void domainStaysFreeOfSpringMvc() {
        noClasses().that().resideInAPackage(ROOT + ".(*)").and().resideOutsideOfPackage(ROOT + ".shared..")
                .and().haveSimpleNameNotEndingWith("Configuration")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
                .check(CLASSES);
    }

    private static Set<String> features() {
        Set<String> features = new TreeSet<>();
        for (JavaClass type : CLASSES) {
            String rest = type.getPackageName().substring(Math.min(type.getPackageName().length(), ROOT.length() + 1));
            if (!rest.isEmpty()) {
                features.add(rest.split("\\.")[0]);
            }
        }
        return features;
    }
}
