package nianbao.validate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** validate-service: report-parsed → (rule catalogue, cross-year history) → report-validated. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ValidateServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ValidateServiceApplication.class, args);
    }
}
