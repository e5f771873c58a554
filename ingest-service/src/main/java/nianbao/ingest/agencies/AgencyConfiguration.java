package nianbao.ingest.agencies;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the registry from {@code nianbao.agencies}; a malformed entry stops the service at startup, naming it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AgencyConfiguration.AgencyProperties.class)
public class AgencyConfiguration {

    @ConfigurationProperties("nianbao")
    public record AgencyProperties(List<Agency> agencies) {
    }

    @Bean
    AgencyRegistry agencyRegistry(AgencyProperties properties) {
        return new AgencyRegistry(properties.agencies());
    }
}
