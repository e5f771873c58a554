package nianbao.ingest.publishing;

/** Kafka did not acknowledge {@code report-submitted}: the submission is not accepted and nothing is recorded. */
public final class PublishingUnavailable extends RuntimeException {

    public PublishingUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
