package nianbao.ingest.directory;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import nianbao.ingest.agencies.ApiKeys;
import nianbao.ingest.intake.Intake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audits every request that presents an {@code X-Api-Key}: the key's digest, the agency it belonged to, the time, the
 * request, the answer's status and the client address (table {@code api_key_use}). The request only hashes the key
 * and queues a row; a scheduled flush writes the queue in one batch a second and resolves the agency from the digest
 * there, so the submission path gains no database round trip. A crash loses at most the last second of rows, and a
 * full queue (10,000 rows waiting: the database is down) drops rows, counted in the log.
 */
public class KeyUseAudit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(KeyUseAudit.class);
    private static final int PATH_LIMIT = 200;

    record KeyUse(Instant usedAt, String keySha256, String method, String path, int status, String clientAddress) {
    }

    private final BlockingQueue<KeyUse> queue = new ArrayBlockingQueue<>(10_000);
    private final AtomicLong dropped = new AtomicLong();
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public KeyUseAudit(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(Intake.API_KEY_HEADER);
        if (key == null || key.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        Instant at = clock.instant();
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            used(at, key, request.getMethod(), request.getRequestURI(), status, request.getRemoteAddr());
        }
    }

    /** Audits a use of {@code key} answered before the application saw it (the intake's admission valve). */
    public void used(String key, String method, String path, int status, String clientAddress) {
        if (key == null || key.isBlank()) return;
        used(clock.instant(), key, method, path, status, clientAddress);
    }

    private void used(Instant at, String key, String method, String path, int status, String clientAddress) {
        KeyUse use = new KeyUse(at, ApiKeys.sha256Hex(key.strip()), method,
                path.length() > PATH_LIMIT ? path.substring(0, PATH_LIMIT) : path, status, clientAddress);
        if (!queue.offer(use)) dropped.incrementAndGet();
    }

    /** Writes what is queued; the agency is the one holding the key's digest at this moment (null: none). */
    @Scheduled(fixedDelayString = "${nianbao.audit.flush-interval:PT1S}")
    @PreDestroy
    public void flush() {
        List<KeyUse> batch = new ArrayList<>();
        queue.drainTo(batch);
        long lost = dropped.getAndSet(0);
        if (lost > 0) log.warn("api key audit: {} rows dropped, the queue was full (database unreachable?)", lost);
        if (batch.isEmpty()) return;
        try {
            jdbc.batchUpdate("""
                            insert into api_key_use (used_at, key_sha256, agency_id, method, path, status, client_address)
                            values (?, ?, (select id from agency where api_key_sha256 = ?), ?, ?, ?, ?)""", batch,
                    batch.size(), (statement, use) -> {
                        statement.setTimestamp(1, Timestamp.from(use.usedAt()));
                        statement.setString(2, use.keySha256());
                        statement.setString(3, use.keySha256());
                        statement.setString(4, use.method());
                        statement.setString(5, use.path());
                        statement.setInt(6, use.status());
                        statement.setString(7, use.clientAddress());
                    });
        } catch (RuntimeException e) {
            log.warn("api key audit: {} rows not written: {}", batch.size(), e.toString());
        }
    }
}
