package nianbao.validate.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.HistoryEntry;
import nianbao.events.ReportParsed;
import nianbao.schemas.Topics;
import nianbao.schemas.serde.TypicalReportParsed;
import nianbao.validate.ValidateServiceApplication;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Time to replay {@code reports} reports (issue 11 item 7): report-parsed holds {@code reports} typical events (20 KB
 * of text, 230 cells — {@code TypicalReportParsed}), five years of {@code reports / 5} agencies, in 12 partitions, with
 * the changelog of the cross-year index as validate-service would have written it; then validate-service runs as
 * {@code ./nianbao-replay} does (listener off, {@code nianbao.replay.from=beginning}) and every report is validated
 * against its year − 1 and published. Timed from the start of the Spring application to its end; the replay's own
 * progress lines give the rate per chunk.
 * Run: {@code java -Xmx2g -XX:+UseSerialGC -Dorg.apache.avro.SERIALIZABLE_PACKAGES=nianbao.events -cp <as for
 * HistoryStateBenchmark> nianbao.validate.events.ReplayBenchmark [reports]} (the embedded broker runs in the same JVM).
 */
public final class ReplayBenchmark {

    private static final int PARTITIONS = 12;
    private static final int FIRST_YEAR = 2019;
    private static final int YEARS = 5;

    public static void main(String[] args) throws Exception {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (BenchmarkBroker broker = new BenchmarkBroker(PARTITIONS, Topics.REPORT_PARSED, Topics.REPORT_VALIDATED,
                Topics.REPORT_HISTORY)) {
            System.out.printf("writing %,d report-parsed events and their changelog%n", reports);
            write(broker, reports / YEARS);
            long started = System.nanoTime();
            ConfigurableApplicationContext replay = SpringApplication.run(ValidateServiceApplication.class,
                    "--nianbao.replay.from=beginning", "--spring.kafka.listener.auto-startup=false",
                    "--spring.main.web-application-type=none", "--spring.kafka.bootstrap-servers=" + broker.bootstrap,
                    "--nianbao.schema-registry-url=" + broker.registry, "--nianbao.topics.partitions=" + PARTITIONS);
            double seconds = (System.nanoTime() - started) / 1e9;
            int replayed = replay.getBean(LatestReports.class).size();
            replay.close();
            System.out.printf("replayed %,d reports in %.0f s from start to end: %,.0f reports/s%n",
                    replayed, seconds, replayed / seconds);
        }
    }

    /** Year by year, as reports arrive: every agency's report of one year, then the next year's. */
    private static void write(BenchmarkBroker broker, int agencies) throws Exception {
        ReportParsed typical = TypicalReportParsed.event();
        record Written(String agency, int year, Instant submittedAt, Future<RecordMetadata> at) {
        }
        List<Written> written = new ArrayList<>(agencies * YEARS);
        try (KafkaProducer<String, ReportParsed> producer = broker.producer(Topics.REPORT_PARSED)) {
            for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
                Instant submitted = LocalDate.of(year + 1, 1, 20).atStartOfDay().toInstant(ZoneOffset.UTC);
                for (int a = 0; a < agencies; a++) {
                    Agency agency = new Agency("agency-" + a, "某区人民政府办公室", "410202", AgencyLevel.COUNTY_DEPARTMENT, null);
                    ReportParsed event = ReportParsed.newBuilder(typical).setAgency(agency).setReportYear(year)
                            .setSubmissionId("s-" + a + "-" + year).setSubmittedAt(submitted.plusSeconds(a)).build();
                    written.add(new Written(agency.getId(), year, event.getSubmittedAt(),
                            producer.send(new ProducerRecord<>(Topics.REPORT_PARSED.name(), agency.getId(), event))));
                }
            }
            producer.flush();
        }
        try (KafkaProducer<String, HistoryEntry> producer = broker.producer(Topics.REPORT_HISTORY)) {
            for (Written report : written) {
                RecordMetadata at = report.at().get();
                producer.send(new ProducerRecord<>(Topics.REPORT_HISTORY.name(), at.partition(),
                        report.agency() + "/" + report.year(),
                        new HistoryEntry(report.agency(), report.year(), at.offset(), report.submittedAt())));
            }
            producer.flush();
        }
    }
}
