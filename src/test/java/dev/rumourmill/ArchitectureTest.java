package dev.rumourmill;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.rumourmill.system.Routine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The house rules of ../docs/architecture.md, checked on every build. */
class ArchitectureTest {

    private static final String BASE = "dev.rumourmill.";
    /** The persistence a feature may use for its own XxxStore: Spring JDBC, its exceptions and transactions. */
    private static final String[] SPRING_JDBC = {"org.springframework.jdbc..", "org.springframework.dao..",
            "org.springframework.transaction.."};

    private static JavaClasses classes;

    /**
     * Our classes, from where the bot's own classes are (target/classes or the jar): the same classes
     * {@code importPackages("dev.rumourmill")} finds, without it walking every jar and the JDK for that package.
     */
    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importUrl(RumourMill.class.getProtectionDomain().getCodeSource().getLocation());
        assertThat(classes.contain(RumourMill.class) && classes.contain(Routine.class)).as("imported the bot's classes").isTrue();
    }

    /**
     * A feature's own classes, without its composition root ({@code XxxConfiguration}) and its routines
     * ({@code XxxRoutine}: the adapters that hand a feature's background job to the system scheduler).
     */
    private static DescribedPredicate<JavaClass> domainOf(String feature) {
        return JavaClass.Predicates.resideInAPackage(BASE + feature + "..")
                .and(not(simpleNameEndingWith("Configuration")))
                .and(not(simpleNameEndingWith("Routine")))
                .as("the " + feature + " domain");
    }

    private static String[] allowed(String feature, String... more) {
        List<String> packages = new ArrayList<>(List.of("java..", BASE + feature + ".."));
        packages.addAll(List.of(more));
        return packages.toArray(String[]::new);
    }

    private static String[] concat(String[] first, String... second) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(second));
        return all.toArray(String[]::new);
    }

    @Test
    @DisplayName("rumours uses only Java, itself and its named libraries (OpenNLP, Lucene, Commons, Jackson)")
    void rumoursAllowList() {
        classes().that(domainOf("rumours"))
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed("rumours",
                        "opennlp..", "org.apache.lucene..", "org.apache.commons..", "com.fasterxml.jackson.."))
                .check(classes);
    }

    @Test
    @DisplayName("contracts uses only Java, config, Spring JDBC for its store and its named libraries")
    void contractsAllowList() {
        classes().that(domainOf("contracts"))
                .should().onlyDependOnClassesThat().resideInAnyPackage(concat(allowed("contracts",
                        BASE + "config..", "javax.sql..", "javax.imageio..", "com.github.benmanes.caffeine..",
                        "com.fasterxml.jackson..", "org.apache.commons.csv..", "org.apache.commons.text..",
                        "org.apache.lucene..", "org.postgresql..", "org.slf4j.."), SPRING_JDBC))
                .check(classes);
    }

    @Test
    @DisplayName("feeds uses only Java, config, Spring JDBC for its stores and its named HTTP and XML libraries")
    void feedsAllowList() {
        classes().that(domainOf("feeds"))
                .should().onlyDependOnClassesThat().resideInAnyPackage(concat(allowed("feeds",
                        BASE + "config..", "javax.net..", "javax.xml.stream..", "javax.sql..", "okhttp3..", "okio..",
                        "com.rometools..", "com.fasterxml.aalto..", "org.jdom2..", "org.jsoup..", "org.slf4j..",
                        "org.springframework.util.unit.."), SPRING_JDBC))
                .check(classes);
    }

    @Test
    @DisplayName("alerts uses only Java, config, the rumours, contracts and feeds features, Spring JDBC and named libraries")
    void alertsAllowList() {
        classes().that(domainOf("alerts"))
                .should().onlyDependOnClassesThat().resideInAnyPackage(concat(allowed("alerts",
                        BASE + "config..", BASE + "rumours..", BASE + "contracts..", BASE + "feeds..",
                        "com.fasterxml.jackson..", "org.apache.lucene..", "org.slf4j.."), SPRING_JDBC))
                .check(classes);
    }

    @Test
    @DisplayName("no Spring annotation on a class, member or parameter of rumours, contracts, feeds or alerts")
    void domainHasNoSpringAnnotations() {
        DescribedPredicate<JavaClass> domain = domainOf("rumours").or(domainOf("contracts")).or(domainOf("feeds"))
                .or(domainOf("alerts"));
        DescribedPredicate<JavaAnnotation<?>> spring = new DescribedPredicate<>("a Spring annotation") {
            @Override
            public boolean test(JavaAnnotation<?> annotation) {
                return annotation.getRawType().getPackageName().startsWith("org.springframework");
            }
        };
        noClasses().that(domain).should().beAnnotatedWith(spring).check(classes);
        noCodeUnits().that().areDeclaredInClassesThat(domain).should().beAnnotatedWith(spring).check(classes);
        noFields().that().areDeclaredInClassesThat(domain).should().beAnnotatedWith(spring).check(classes);
        noClasses().that(domain).should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework.stereotype..", "org.springframework.beans.factory.annotation..",
                        "org.springframework.context..", "org.springframework.scheduling..")
                .check(classes);
    }

    @Test
    @DisplayName("no cycles between the packages of the bot")
    void noCycles() {
        slices().matching("dev.rumourmill.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    @DisplayName("only the discord package talks to JDA")
    void onlyDiscordUsesJda() {
        noClasses().that().resideOutsideOfPackage("dev.rumourmill.discord..")
                .should().dependOnClassesThat().resideInAPackage("net.dv8tion..")
                .check(classes);
    }

    @Test
    @DisplayName("domain features never reach into the discord adapter, the command line or the benchmarks")
    void featuresDoNotDependOnAdapters() {
        noClasses().that().resideInAnyPackage("dev.rumourmill.rumours..", "dev.rumourmill.contracts..",
                        "dev.rumourmill.feeds..", "dev.rumourmill.alerts..", "dev.rumourmill.config..",
                        "dev.rumourmill.system..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.rumourmill.discord..", "dev.rumourmill.cli..",
                        "dev.rumourmill.bench..")
                .check(classes);
    }

    @Test
    @DisplayName("config and the features below alerts never reach into system (the running process), "
            + "except to offer a background job as a system.Routine")
    void featuresDoNotDependOnSystem() {
        noClasses().that().resideInAnyPackage("dev.rumourmill.config..", "dev.rumourmill.rumours..",
                        "dev.rumourmill.contracts..", "dev.rumourmill.feeds..", "dev.rumourmill.alerts..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.rumourmill.system..")
                        .and(not(JavaClass.Predicates.belongToAnyOf(Routine.class))))
                .check(classes);
    }
}
