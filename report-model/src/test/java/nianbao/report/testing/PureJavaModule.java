package nianbao.report.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The architecture test of the plain-Java modules (report-model, parse-core, validate-core), extended by each one's
 * {@code ArchitectureTest}: none of the module's production classes depends on Spring, on Kafka, or on the Avro event
 * classes and their Kafka wiring (schemas). The services' Spring and Kafka edges depend on these modules, never the
 * reverse, so the offline checker runs them without a framework. A planted test-only class that breaks the rule shows
 * that the rule does see such a dependency.
 */
public abstract class PureJavaModule {

    static final ArchRule RULE = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "nianbao.events..", "nianbao.schemas..")
            .because("the cores are plain Java; Spring, Kafka and the Avro events belong to the services' edges");

    private final String rootPackage;
    private final Class<?> planted;

    /** The module's classes are those under rootPackage; planted is a test class importing a Spring annotation. */
    protected PureJavaModule(String rootPackage, Class<?> planted) {
        this.rootPackage = rootPackage;
        this.planted = planted;
    }

    @Test
    void noProductionClassUsesSpringKafkaOrTheAvroEvents() {
        RULE.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage));
    }

    @Test
    void theRuleReportsThePlantedSpringImport() {
        assertThat(RULE.evaluate(new ClassFileImporter().importClasses(planted)).getFailureReport().getDetails())
                .singleElement().asString()
                .contains(planted.getName(), "org.springframework.stereotype.Component");
    }
}
