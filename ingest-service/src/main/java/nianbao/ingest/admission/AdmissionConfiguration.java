package nianbao.ingest.admission;

import nianbao.ingest.directory.KeyUseAudit;

import java.util.Set;
import nianbao.ingest.intake.Intake;
import nianbao.ingest.submissions.SubmissionController;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link UploadAdmissionValve} first in the application's Tomcat pipeline. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdmissionProperties.class)
public class AdmissionConfiguration {

    @Bean
    UploadSlots uploadSlots(AdmissionProperties properties) {
        return new UploadSlots(properties.maxUploads(), properties.maxUploadsPerAgency());
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> uploadAdmission(AdmissionProperties properties,
                                                                              UploadSlots slots, Intake intake,
                                                                              KeyUseAudit audit) {
        BodyDeadline deadline = new BodyDeadline(properties.bodyTimeout(), properties.minBodyRate().toBytes());
        UploadAdmissionValve valve = new UploadAdmissionValve(
                Set.of(SubmissionController.API_PATH, SubmissionController.PORTAL_PATH),
                key -> intake.authenticate(key).id(), slots, deadline, properties.retryAfter().toSeconds(), audit::used);
        return factory -> factory.addContextCustomizers(context -> context.getPipeline().addValve(valve));
    }
}
