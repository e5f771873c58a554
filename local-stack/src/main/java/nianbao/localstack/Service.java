package nianbao.localstack;

/** The four services, each run from its Spring Boot exec jar as a child JVM. */
public enum Service {

    INGEST("ingest-service", 8080, true, false),
    PARSE("parse-service", 8081, false, false),
    VALIDATE("validate-service", 8082, false, false),
    NOTIFY("notify-service", 8083, true, true);

    private final String module;
    private final int defaultPort;
    private final boolean usesDatabase;
    private final boolean sendsMail;

    Service(String module, int defaultPort, boolean usesDatabase, boolean sendsMail) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.usesDatabase = usesDatabase;
        this.sendsMail = sendsMail;
    }

    /** The Maven module, which is also the jar's base name and the name in logs. */
    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public boolean usesDatabase() {
        return usesDatabase;
    }

    public boolean sendsMail() {
        return sendsMail;
    }
}
