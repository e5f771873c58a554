package nianbao.ingest.publishing;

/** {@code report-submitted} is certainly not published (never committed): the submission is refused and nothing is recorded. */
public final class PublishingUnavailable extends RuntimeException {

    public PublishingUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
