package nianbao.notify.review;

/** A supervisor's verdict on an alert. */
public enum Decision {
    CONFIRMED, DISMISSED
}
