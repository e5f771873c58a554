package nianbao.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import nianbao.infra.registry.ApicurioRegistry;
import nianbao.ingest.TestDatabase;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A frozen broker: it accepts connections and never answers (as a broker stopped with SIGSTOP does); the schema
 * registry is up, so the events are serialised and reach the publisher. Every submission
 * is refused with 503 and Retry-After, nothing is recorded, so the agency's retry later is a fresh submission, not a
 * duplicate of a ghost. More requests wait at once than the database pool has connections: none of them holds one
 * while Kafka is silent, so none gets 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.producer.properties.max.block.ms=2000",
        "spring.kafka.producer.properties.request.timeout.ms=2000",
        "spring.kafka.producer.properties.delivery.timeout.ms=4000",
        "spring.kafka.listener.auto-startup=false",
        "spring.kafka.admin.auto-create=false",
        "spring.datasource.hikari.maximum-pool-size=3",
        "spring.datasource.hikari.connection-timeout=2000",
        // 12 uploads of one agency at once, by design
        "nianbao.admission.max-uploads-per-agency=32"})
class KafkaUnavailableTest {

    private static final int CONCURRENT_REQUESTS = 12;
    private static final ServerSocket FROZEN_BROKER = frozenBroker();
    private static final List<Socket> HELD = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", TestDatabase::jdbcUrl);
        properties.add("nianbao.schema-registry-url", () -> ApicurioRegistry.shared().ccompatUrl());
        properties.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + FROZEN_BROKER.getLocalPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everySubmissionIsRefusedWith503AndNothingIsRecorded() {
        ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
        try {
            CyclicBarrier start = new CyclicBarrier(CONCURRENT_REQUESTS);
            List<CompletableFuture<Http.Answer>> uploads = IntStream.range(0, CONCURRENT_REQUESTS)
                    .mapToObj(n -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return upload(n);
                    }, clients))
                    .toList();
            List<Http.Answer> answers = uploads.stream().map(CompletableFuture::join).toList();

            for (Http.Answer answer : answers) {
                assertThat(answer.status()).as(answer.response().body()).isEqualTo(503);
                assertThat(answer.header("Retry-After")).isEqualTo("60");
                assertThat(answer.body().get("type").asString()).isEqualTo("urn:nianbao:problem:publishing-unavailable");
                assertThat(answer.body().get("detail").asString())
                        .isEqualTo("报告暂时无法受理（消息系统不可用），本次提交未被记录，请稍后重新提交。");
            }
            assertThat(jdbc.sql("select count(*) from submission where agency_id = 'qidong-hitech-jinhai'")
                    .query(Long.class).single()).isZero();
            assertThat(HELD).as("the producer did reach the frozen broker").isNotEmpty();
        } finally {
            clients.shutdownNow();
        }
    }

    private Http.Answer upload(int number) {
        byte[] report = (new String(SampleReports.bytes("qidong-hitech-jinhai-2022.txt"), StandardCharsets.UTF_8)
                + "\n（载荷 " + number + "）\n").getBytes(StandardCharsets.UTF_8);
        return Http.upload("http://127.0.0.1:" + port + "/api/reports", "qidong-hitech-jinhai-key",
                "qidong-" + number + ".txt", report, "agencyId", "qidong-hitech-jinhai", "reportYear", "2022");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Accepts every connection and keeps it open without reading or writing a byte. */
    private static ServerSocket frozenBroker() {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        HELD.add(server.accept());
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "frozen-broker");
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void thaw() throws IOException {
        for (Socket socket : HELD) socket.close();
        FROZEN_BROKER.close();
    }
}
