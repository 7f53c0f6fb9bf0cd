package dev.rumourmill;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The house rules of ../docs/architecture.md, checked on every build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.rumourmill");
    }

    @Test
    @DisplayName("only the discord package talks to JDA")
    void onlyDiscordUsesJda() {
        noClasses().that().resideOutsideOfPackage("dev.rumourmill.discord..")
                .should().dependOnClassesThat().resideInAPackage("net.dv8tion..")
                .check(classes);
    }

    @Test
    @DisplayName("rumours, contracts and feed parsing stay free of Spring and JDA")
    void domainIsFrameworkFree() {
        noClasses().that().resideInAnyPackage("dev.rumourmill.rumours..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "net.dv8tion..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAnyPackage("dev.rumourmill.contracts..", "dev.rumourmill.feeds..")
                .should().dependOnClassesThat().resideInAnyPackage("net.dv8tion..", "org.springframework.web..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    @DisplayName("the rumour engine depends on no other feature of the bot")
    void rumoursStandAlone() {
        noClasses().that().resideInAPackage("dev.rumourmill.rumours..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.rumourmill.alerts..",
                        "dev.rumourmill.contracts..", "dev.rumourmill.feeds..", "dev.rumourmill.config..",
                        "dev.rumourmill.discord..", "dev.rumourmill.cli..", "dev.rumourmill.system..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    @DisplayName("domain features never reach into the discord adapter or the command line")
    void featuresDoNotDependOnAdapters() {
        noClasses().that().resideInAnyPackage("dev.rumourmill.rumours..", "dev.rumourmill.contracts..",
                        "dev.rumourmill.feeds..", "dev.rumourmill.alerts..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.rumourmill.discord..", "dev.rumourmill.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
