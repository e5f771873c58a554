package nianbao.schemas.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Starts a context of one configuration (one that enables the {@code @ConfigurationProperties} under test) with the
 * given property values, and returns what Spring Boot prints when that stops startup: the failure analysis
 * ("Property: …, Value: …, Reason: …").
 */
public final class SettingsStartup {

    private SettingsStartup() {
    }

    public static String failureReport(Class<?> configuration, String... values) {
        StringBuilder report = new StringBuilder();
        new ApplicationContextRunner()
                .withUserConfiguration(configuration)
                .withPropertyValues(values)
                .run(context -> {
                    assertThat(context).hasFailed();
                    report.append(analyse(context.getStartupFailure()));
                });
        return report.toString();
    }

    private static String analyse(Throwable failure) {
        return SpringFactoriesLoader.forDefaultResourceLocation(SettingsStartup.class.getClassLoader())
                .load(FailureAnalyzer.class, SpringFactoriesLoader.FailureHandler.handleMessage((message, e) -> { }))
                .stream().map(analyzer -> analyzer.analyze(failure)).filter(Objects::nonNull)
                .map(FailureAnalysis::getDescription).findFirst()
                .orElseThrow(() -> new AssertionError("no failure analysis of " + failure, failure));
    }
}
