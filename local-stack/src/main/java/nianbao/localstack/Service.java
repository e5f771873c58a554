package nianbao.localstack;

/** The four services, each run from its Spring Boot exec jar as a child JVM. */
public enum Service {

    INGEST("ingest-service", 8080, "ingest", false),
    PARSE("parse-service", 8081, null, false),
    VALIDATE("validate-service", 8082, null, false),
    NOTIFY("notify-service", 8083, "notify", true);

    private final String module;
    private final int defaultPort;
    private final String databaseSchema;
    private final boolean sendsMail;

    Service(String module, int defaultPort, String databaseSchema, boolean sendsMail) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.databaseSchema = databaseSchema;
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
        return databaseSchema != null;
    }

    /** The service's own schema in database nianbao (its Flyway migrations live there). */
    public String databaseSchema() {
        return databaseSchema;
    }

    public boolean sendsMail() {
        return sendsMail;
    }
}
