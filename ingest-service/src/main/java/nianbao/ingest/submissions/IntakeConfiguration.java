package nianbao.ingest.submissions;

import java.time.Clock;
import nianbao.ingest.agencies.AgencyRegistry;
import nianbao.ingest.intake.Intake;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeConfiguration.IntakeProperties.class)
public class IntakeConfiguration {

    /**
     * {@code maxDocumentSize} is also the multipart limit ({@code spring.servlet.multipart.max-file-size} refers to
     * it in application.yml), so an oversized upload gets the same 413 problem whichever layer sees it first.
     */
    @ConfigurationProperties("nianbao.intake")
    public record IntakeProperties(@DefaultValue("20MB") DataSize maxDocumentSize) {
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Intake intake(AgencyRegistry agencies, IntakeProperties properties, Clock clock) {
        return new Intake(agencies, properties.maxDocumentSize().toBytes(), clock);
    }
}
