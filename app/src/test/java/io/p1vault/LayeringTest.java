package io.p1vault;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Collection;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers of DESIGN.md, checked on the compiled classes, so a fully qualified name in a method
 * body counts as much as an import: services and the model stay free of front ends (the GUI and the
 * CLI share them), each library stays in the one package that wraps it, and the desktop's packages
 * form no cycle.
 */
@AnalyzeClasses(packages = "io.p1vault", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    private static final String[] SWING = {"javax.swing..", "java.awt..", "com.formdev..", "net.miginfocom.."};

    @ArchTest
    static final ArchRule layersPointDown = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("front ends")
            .definedBy("io.p1vault.ui..", "io.p1vault.cli..")
            .layer("services")
            .definedBy(
                    "io.p1vault.vault..",
                    "io.p1vault.pingfederate..",
                    "io.p1vault.runproperties..",
                    "io.p1vault.integrations..",
                    "io.p1vault.desktop..",
                    "io.p1vault.storage..")
            .layer("model")
            .definedBy("io.p1vault.model..")
            .layer("crypto")
            .definedBy("io.p1vault.crypto..")
            .whereLayer("front ends")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("services")
            .mayOnlyBeAccessedByLayers("front ends")
            .whereLayer("model")
            .mayOnlyBeAccessedByLayers("front ends", "services")
            .whereLayer("crypto")
            .mayOnlyBeAccessedByLayers("front ends", "services");

    @ArchTest
    static final ArchRule belowTheFrontEndsNoFrontEnd = noClasses()
            .that()
            .resideOutsideOfPackages("io.p1vault.ui..", "io.p1vault.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javax.swing..",
                    "java.awt..",
                    "com.formdev..",
                    "net.miginfocom..",
                    "picocli..",
                    "io.p1vault.ui..",
                    "io.p1vault.cli..");

    @ArchTest
    static final ArchRule theDesktopDoesNotUseTheCommandLine = noClasses()
            .that()
            .resideInAPackage("io.p1vault.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.p1vault.cli..", "picocli..");

    /** The command line included: it runs where no display is. */
    @ArchTest
    static final ArchRule swingOnlyInTheDesktop = noClasses()
            .that()
            .resideOutsideOfPackage("io.p1vault.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SWING);

    @ArchTest
    static final ArchRule picocliOnlyInTheCommandLine = onlyIn("picocli..", "io.p1vault.cli..");

    @ArchTest
    static final ArchRule okHttpOnlyInPingFederate = onlyIn("okhttp3..", "io.p1vault.pingfederate..");

    @ArchTest
    static final ArchRule bouncyCastleOnlyInCrypto = onlyIn("org.bouncycastle..", "io.p1vault.crypto..");

    @ArchTest
    static final ArchRule httpServerOnlyInTheStandIn =
            onlyIn("com.sun.net.httpserver..", "io.p1vault.pingfederate.standin..");

    @ArchTest
    static final ArchRule yamlOnlyInIntegrations =
            onlyIn("com.fasterxml.jackson.dataformat.yaml..", "io.p1vault.integrations..");

    /** Presenters and form models are tested without a window, so they must not need one. */
    @ArchTest
    static final ArchRule presentersHaveNoSwing = noClasses()
            .that()
            .resideInAPackage("io.p1vault.ui..")
            .and()
            .haveNameMatching(".*\\.(\\w*Presenter|\\w*Form|FormField|NewPassphrase|EntryDetails|HistoryRows"
                    + "|VaultSession|Property|Subscription|Tasks|Dialogs|Failure|\\w*Commands)(\\$.*)?")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SWING);

    /** The desktop's packages are modules: none reaches back into one that depends on it. */
    @ArchTest
    static final ArchRule desktopPackagesFormNoCycle =
            slices().matching("io.p1vault.ui.(*)..").should().beFreeOfCycles();

    /** The shared base of every screen knows no screen, nor the application that wires them. */
    @ArchTest
    static final ArchRule theDesktopBaseKnowsNoScreen = noClasses()
            .that()
            .resideInAPackage("io.p1vault.ui.base..")
            .should()
            .dependOnClassesThat(
                    resideInAPackage("io.p1vault.ui..").and(not(resideInAPackage("io.p1vault.ui.base.."))));

    /** Actions carry out commands; they do not reach into the application that wires them. */
    @ArchTest
    static final ArchRule actionsUseTheCommandsInterface = noClasses()
            .that()
            .resideInAPackage("io.p1vault.ui.actions..")
            .should()
            .dependOnClassesThat(resideInAnyPackage("io.p1vault.ui", "io.p1vault.ui.main.."));

    /** {@code library} is used (else the rule would check nothing), and only by classes in {@code allowedPackage}. */
    private static ArchRule onlyIn(String library, String allowedPackage) {
        return CompositeArchRule.of(noClasses()
                        .that()
                        .resideOutsideOfPackage(allowedPackage)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(library))
                .and(classes().that().resideInAPackage(allowedPackage).should(usedByOneAtLeast(library)));
    }

    private static ArchCondition<JavaClass> usedByOneAtLeast(String library) {
        DescribedPredicate<JavaClass> inLibrary = resideInAPackage(library);
        return new ArchCondition<>("together use " + library) {
            private boolean used;

            @Override
            public void init(Collection<JavaClass> allObjectsToTest) {
                used = false;
            }

            @Override
            public void check(JavaClass item, ConditionEvents events) {
                used |= item.getDirectDependenciesFromSelf().stream().anyMatch(d -> inLibrary.test(d.getTargetClass()));
            }

            @Override
            public void finish(ConditionEvents events) {
                if (!used) {
                    events.add(SimpleConditionEvent.violated(library, "no class uses " + library));
                }
            }
        };
    }
}
