package nianbao.schemas.registry;

/** The registry refused a request (409 = incompatible schema) or could not be reached (status 0). */
public class SchemaRegistryException extends RuntimeException {

    private final int status;

    public SchemaRegistryException(int status, String message) {
        super(message);
        this.status = status;
    }

    public SchemaRegistryException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean isIncompatible() {
        return status == 409;
    }
}
