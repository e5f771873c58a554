package nianbao.notify.delivery;

/** A notice tells a supervisor of new problems, or that problems it was told of are gone. */
public enum NoticeKind {
    ALERT, RESOLVED
}
