package nianbao.ingest.admission;

import java.net.SocketTimeoutException;

/**
 * The body did not arrive at the minimum rate. A {@link SocketTimeoutException}, so that Tomcat treats it as the read
 * timeout it is: 408, and the connection is closed instead of read to its end.
 */
public class BodyTooSlowException extends SocketTimeoutException {

    public BodyTooSlowException(long bytesReceived, long elapsedMillis) {
        super("request body too slow: " + bytesReceived + " bytes in " + elapsedMillis + " ms");
    }
}
