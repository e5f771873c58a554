package nianbao.ingest.submissions;

import java.time.Clock;
import nianbao.ingest.agencies.AgencyRegistry;
import nianbao.ingest.intake.Intake;
import nianbao.ingest.intake.IntakeProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
public class IntakeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Intake intake(AgencyRegistry agencies, IntakeProperties properties, Clock clock) {
        return new Intake(agencies, properties.maxDocumentSize().toBytes(), clock);
    }
}
