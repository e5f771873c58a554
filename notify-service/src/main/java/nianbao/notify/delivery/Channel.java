package nianbao.notify.delivery;

/** The external ways a notice reaches a supervisor. */
public enum Channel {
    EMAIL, WEBHOOK
}
