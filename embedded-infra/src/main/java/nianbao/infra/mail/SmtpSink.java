package nianbao.infra.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import nianbao.infra.process.FreePorts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMTP server on 127.0.0.1 (GreenMail) that accepts mail for any address and keeps it in memory, plus a small web
 * page listing what arrived ({@code /} as HTML, {@code /messages.json} as JSON), so a developer can see the alerts
 * notify-service sent.
 */
public final class SmtpSink implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpSink.class);

    private static final int MAX_READS = 20;

    private final GreenMail greenMail;
    private final HttpServer web;

    /**
     * One delivery, decoded: {@code mailbox} is the envelope recipient it was delivered to; {@code headers} holds the
     * first value of each header (e.g. {@code Message-ID}), by name as sent.
     */
    public record ReceivedMail(String mailbox, String from, List<String> to, String subject, String body,
                               Instant sentAt, Map<String, String> headers) {

        public ReceivedMail {
            headers = Map.copyOf(headers);
        }

        /** The {@code Message-ID} header, or null if the message had none. */
        public String messageId() {
            return headers.get("Message-ID");
        }
    }

    private SmtpSink(GreenMail greenMail, HttpServer web) {
        this.greenMail = greenMail;
        this.web = web;
    }

    /** Starts SMTP on {@code smtpPort} and the listing page on {@code webPort} (0 picks free ports). */
    public static SmtpSink start(int smtpPort, int webPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup(FreePorts.orNext(smtpPort), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", FreePorts.orNext(webPort)), 0);
            SmtpSink sink = new SmtpSink(greenMail, web);
            web.createContext("/messages.json", exchange -> sink.respond(exchange, "application/json", sink.json()));
            web.createContext("/", exchange -> sink.respond(exchange, "text/html", sink.html()));
            web.start();
            log.info("SMTP sink on 127.0.0.1:{}, received mail at {}", sink.smtpPort(), sink.webUrl());
            return sink;
        } catch (IOException e) {
            greenMail.stop();
            throw new UncheckedIOException("cannot start the SMTP sink's web page", e);
        }
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public String webUrl() {
        return "http://127.0.0.1:" + web.getAddress().getPort() + "/";
    }

    /** Every delivery so far (a message to two recipients counts twice), oldest first. */
    public List<ReceivedMail> messages() {
        // GreenMail's SMTP threads append to plain lists: a read that meets a delivery fails and is read again
        for (int attempt = 1; ; attempt++) {
            try {
                return deliveries();
            } catch (ConcurrentModificationException deliveredMeanwhile) {
                if (attempt == MAX_READS) {
                    throw deliveredMeanwhile;
                }
            }
        }
    }

    private List<ReceivedMail> deliveries() {
        return greenMail.getUserManager().listUser().stream()
                .flatMap(user -> greenMail.findReceivedMessages(user::equals, message -> true)
                        .map(message -> decode(user.getEmail(), message)))
                .sorted(Comparator.comparing(ReceivedMail::sentAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** The deliveries to one mailbox, e.g. a supervisor's address. */
    public List<ReceivedMail> messagesTo(String address) {
        return messages().stream().filter(mail -> mail.mailbox().equalsIgnoreCase(address)).toList();
    }

    private static ReceivedMail decode(String mailbox, MimeMessage message) {
        try {
            return new ReceivedMail(
                    mailbox,
                    addresses(message.getFrom()),
                    Arrays.stream(orEmpty(message.getRecipients(Message.RecipientType.TO))).map(Address::toString)
                            .toList(),
                    message.getSubject(),
                    text(message.getContent()),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    headers(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("undecodable message in the SMTP sink", e);
        }
    }

    private static Map<String, String> headers(MimeMessage message) throws MessagingException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : Collections.list(message.getAllHeaders())) {
            headers.putIfAbsent(header.getName(), MimeUtility.unfold(header.getValue()));
        }
        return headers;
    }

    /** The first text part: alerts are plain text or HTML, possibly inside a multipart. */
    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String text = text(part.getContent());
                if (!text.isEmpty()) {
                    return text;
                }
            }
            return "";
        }
        return content instanceof String text ? text : "";
    }

    private static String addresses(Address[] addresses) {
        return Arrays.stream(orEmpty(addresses)).map(Address::toString).collect(Collectors.joining(", "));
    }

    private static Address[] orEmpty(Address[] addresses) {
        return addresses == null ? new Address[0] : addresses;
    }

    private String html() {
        List<ReceivedMail> mails = messages();
        StringBuilder page = new StringBuilder("<!doctype html><meta charset=utf-8><title>SMTP sink</title>")
                .append("<h1>").append(mails.size()).append(" message(s) received on 127.0.0.1:")
                .append(smtpPort()).append("</h1>");
        for (int i = mails.size() - 1; i >= 0; i--) {
            ReceivedMail mail = mails.get(i);
            page.append("<hr><p><b>").append(escape(mail.subject())).append("</b><br>From: ")
                    .append(escape(mail.from())).append("<br>To: ").append(escape(String.join(", ", mail.to())))
                    .append("<br>Sent: ").append(mail.sentAt()).append("</p><pre>").append(escape(mail.body()))
                    .append("</pre>");
        }
        return page.toString();
    }

    private String json() {
        return messages().stream().map(mail -> "{\"mailbox\":" + quote(mail.mailbox()) + ",\"from\":" + quote(mail.from())
                        + ",\"to\":[" + mail.to().stream().map(SmtpSink::quote).collect(Collectors.joining(","))
                        + "],\"subject\":" + quote(mail.subject()) + ",\"sentAt\":" + quote(String.valueOf(mail.sentAt()))
                        + ",\"body\":" + quote(mail.body()) + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private void respond(HttpExchange exchange, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    @Override
    public void close() {
        web.stop(0);
        greenMail.stop();
    }
}
