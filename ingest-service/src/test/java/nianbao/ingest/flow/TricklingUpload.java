package nianbao.ingest.flow;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An upload whose body arrives one byte per {@link #tick()}, as from the slow clients of issue 12: the request head
 * at once, then the multipart body a byte at a time. Without a thread of its own, so that hundreds fit in a test.
 */
final class TricklingUpload implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final byte[] body;
    private int sent;
    private volatile boolean writeFailed;

    private TricklingUpload(Socket socket, byte[] body) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.body = body;
    }

    /** Opens the connection and sends the request head; {@code apiKey} null sends none. */
    static TricklingUpload open(int port, String apiKey, String agencyId, byte[] document) {
        byte[] body = RawHttp.multipart(agencyId + "-slow.txt", document, "agencyId", agencyId, "reportYear", "2022");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "multipart/form-data; boundary=" + RawHttp.BOUNDARY);
        if (apiKey != null) headers.put("X-Api-Key", apiKey);
        byte[] request = RawHttp.request("POST", "/api/reports", headers, body);
        byte[] head = new byte[request.length - body.length];
        System.arraycopy(request, 0, head, 0, head.length);
        try {
            Socket socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(5_000);
            TricklingUpload upload = new TricklingUpload(socket, body);
            upload.out.write(head);
            upload.out.flush();
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the next byte of the body, unless the server has closed the connection. */
    synchronized void tick() {
        if (writeFailed || sent >= body.length) return;
        try {
            out.write(body[sent++]);
            out.flush();
        } catch (IOException e) {
            writeFailed = true;
        }
    }

    /** The server's answer if one has arrived, without waiting for one. */
    Optional<RawHttp.Answer> answerIfAny() {
        try {
            if (socket.getInputStream().available() == 0) return Optional.empty();
            return Optional.of(RawHttp.read(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits up to the socket timeout for the answer. */
    RawHttp.Answer answer() {
        try {
            return RawHttp.read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After the answer: whether the server closed the connection (rather than waiting for the rest of the body). */
    boolean closedByServer() {
        try {
            return RawHttp.closedByServer(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int bytesSent() {
        return sent;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a socket the server has reset
        }
    }
}
