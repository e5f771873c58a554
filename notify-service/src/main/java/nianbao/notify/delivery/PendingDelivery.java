package nianbao.notify.delivery;

/** An outbox row not yet sent. */
public record PendingDelivery(long id, Channel channel, NoticeKind kind, String supervisor, String fingerprint,
                              String submissionId, int attempts) {

    /** Deliveries that go out as one message: same channel, kind, supervisor and submission. */
    public record Group(Channel channel, NoticeKind kind, String supervisor, String submissionId) {
    }

    public Group group() {
        return new Group(channel, kind, supervisor, submissionId);
    }
}
