package nianbao.ingest.directory;

import nianbao.events.AgencyDirectoryEntry;
import nianbao.ingest.agencies.Agency;
import nianbao.ingest.agencies.AgencyTable;
import nianbao.schemas.Topics;
import nianbao.schemas.spring.TopicSettings;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Applies {@code agency-directory} to the {@code agency} table, so an agency enrolled or a key issued in
 * notify-service's administration holds here within moments, without a restart. Its own consumer group: a new
 * instance (or a new database) reads the compacted topic from the beginning and gets every agency's current state.
 * Failures retry with back-off, then go to {@code agency-directory-dlt} (the shared wiring).
 */
@Configuration(proxyBeanMethods = false)
class DirectoryListener {

    private static final Logger log = LoggerFactory.getLogger(DirectoryListener.class);

    private final AgencyTable agencies;

    DirectoryListener(AgencyTable agencies) {
        this.agencies = agencies;
    }

    @KafkaListener(topics = Topics.Names.AGENCY_DIRECTORY,
            groupId = "${nianbao.directory.consumer-group:ingest-service-directory}")
    void onEntry(ConsumerRecord<String, AgencyDirectoryEntry> record) {
        AgencyDirectoryEntry entry = record.value();
        nianbao.events.Agency agency = entry.getAgency();
        boolean changed = agencies.apply(new Agency(agency.getId(), agency.getName(), agency.getRegionCode(),
                agency.getLevel(), agency.getParentGovernment(), entry.getApiKeySha256()), entry.getActive(),
                entry.getVersion(), entry.getChangedAt());
        log.info("agency-directory {}-{}@{}: agency {} version {} ({}){}", record.topic(), record.partition(),
                record.offset(), agency.getId(), entry.getVersion(), entry.getActive() ? "active" : "inactive",
                changed ? "" : ", already applied");
    }

    /** Declared by both services with the same settings (notify-service writes it), whichever starts first. */
    @Bean
    NewTopic agencyDirectoryTopic(TopicSettings topics) {
        return topics.newTopic(Topics.AGENCY_DIRECTORY);
    }

    @Bean
    NewTopic agencyDirectoryDeadLetters(TopicSettings topics) {
        return topics.newDeadLetterTopic(Topics.AGENCY_DIRECTORY);
    }
}
