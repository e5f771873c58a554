package nianbao.validate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** validate-service: report-parsed → (rule catalogue, cross-year history) → report-validated. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ValidateServiceApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(ValidateServiceApplication.class, args);
        if (context.getEnvironment().containsProperty("nianbao.replay.from")) {
            // a replay is a command: it ends when the re-validated events are published
            System.exit(SpringApplication.exit(context));
        }
    }
}
