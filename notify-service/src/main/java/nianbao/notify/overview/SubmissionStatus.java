package nianbao.notify.overview;

/** Where an agency's report for a year stands against its deadline. */
public enum SubmissionStatus {
    NOT_SUBMITTED("尚未提交"), ON_TIME("按时提交"), LATE("逾期提交");

    private final String zh;

    SubmissionStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
