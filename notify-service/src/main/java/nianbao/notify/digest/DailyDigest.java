package nianbao.notify.digest;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nianbao.notify.dashboard.AlertBoard;
import nianbao.notify.dashboard.AlertView;
import nianbao.notify.dashboard.DashboardLinkProperties;
import nianbao.notify.mail.Mailer;
import nianbao.notify.delivery.DeliveryProperties;
import nianbao.notify.routing.Supervisor;
import nianbao.notify.routing.SupervisorDirectory;

/**
 * Once a day, one summary mail to each supervisor that asked for it ({@code daily-digest: true}) and has alerts.
 * The (supervisor, day) row is claimed first with a lease (committed at once), the mail is sent outside any
 * transaction and the row is marked sent right after, so a second run on the same day sends nothing and a crash in
 * between re-sends that one digest, with the same Message-ID, once the lease has run out. A failed send, or a day
 * without alerts, gives the claim up: a later run that day tries again.
 */
@Component
public class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final SupervisorDirectory directory;
    private final AlertBoard board;
    private final Mailer mailer;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lease;
    private final ZoneId zone;
    private final String dashboardUrl;

    public DailyDigest(SupervisorDirectory directory, AlertBoard board, Mailer mailer, JdbcClient jdbc,
                       Clock clock, DeliveryProperties delivery, DigestProperties digest,
                       DashboardLinkProperties dashboard) {
        this.directory = directory;
        this.board = board;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.clock = clock;
        this.lease = delivery.lease();
        this.zone = digest.zone();
        this.dashboardUrl = dashboard.dashboardUrl();
    }

    @Scheduled(cron = "${nianbao.digest.cron:0 0 8 * * *}", zone = "${nianbao.digest.zone:Asia/Shanghai}")
    void sendToday() {
        send(LocalDate.now(clock.withZone(zone)));
    }

    /** @return how many digests went out */
    public int send(LocalDate day) {
        int sent = 0;
        for (Supervisor supervisor : directory.supervisors()) {
            if (!supervisor.dailyDigest()) {
                continue;
            }
            try {
                sent += sendOne(supervisor, day) ? 1 : 0;
            } catch (RuntimeException | MessagingException e) {
                log.warn("daily digest {} to {} failed: {}", day, supervisor.username(), e.toString());
            }
        }
        return sent;
    }

    private boolean sendOne(Supervisor supervisor, LocalDate day) throws MessagingException {
        Instant now = clock.instant();
        int claimed = jdbc.sql("""
                insert into digest_sent (supervisor, day, claimed_until) values (:supervisor, :day, :until)
                on conflict (supervisor, day) do update set claimed_until = excluded.claimed_until
                where digest_sent.sent_at is null and digest_sent.claimed_until <= :now""")
                .param("supervisor", supervisor.username()).param("day", Date.valueOf(day))
                .param("until", Timestamp.from(now.plus(lease))).param("now", Timestamp.from(now)).update();
        if (claimed == 0) {
            return false; // sent already, or another run holds it
        }
        List<AlertView> views;
        try {
            views = board.visibleTo(supervisor, null, null, null, null, null);
            if (!views.isEmpty()) {
                mailer.send(supervisor.email(), DigestMail.compose(supervisor, day, views, dashboardUrl),
                        "digest-" + day + "-" + supervisor.username());
            }
        } catch (RuntimeException | MessagingException e) {
            release(supervisor, day);
            throw e;
        }
        if (views.isEmpty()) {
            release(supervisor, day);
            return false;
        }
        jdbc.sql("update digest_sent set sent_at = :now, claimed_until = null where supervisor = :supervisor and day = :day")
                .param("now", Timestamp.from(clock.instant()))
                .param("supervisor", supervisor.username()).param("day", Date.valueOf(day)).update();
        return true;
    }

    private void release(Supervisor supervisor, LocalDate day) {
        jdbc.sql("delete from digest_sent where supervisor = :supervisor and day = :day and sent_at is null")
                .param("supervisor", supervisor.username()).param("day", Date.valueOf(day)).update();
    }
}
