package nianbao.notify.digest;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nianbao.notify.dashboard.AlertBoard;
import nianbao.notify.dashboard.AlertView;
import nianbao.notify.mail.Mailer;
import nianbao.notify.routing.Supervisor;
import nianbao.notify.routing.SupervisorDirectory;

/**
 * Once a day, one summary mail to each supervisor that asked for it ({@code daily-digest: true}) and has alerts.
 * The (supervisor, day) row is written in the transaction that sends, so a second run on the same day sends nothing;
 * a failed send rolls the row back and the next run that day tries again.
 */
@Component
public class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final SupervisorDirectory directory;
    private final AlertBoard board;
    private final Mailer mailer;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ZoneId zone;
    private final String dashboardUrl;

    public DailyDigest(SupervisorDirectory directory, AlertBoard board, Mailer mailer, JdbcClient jdbc,
                       TransactionTemplate transactions, Clock clock,
                       @Value("${nianbao.digest.zone:Asia/Shanghai}") ZoneId zone,
                       @Value("${nianbao.dashboard-url}") String dashboardUrl) {
        this.directory = directory;
        this.board = board;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.zone = zone;
        this.dashboardUrl = dashboardUrl;
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
                Boolean mailed = transactions.execute(status -> sendOne(supervisor, day));
                sent += Boolean.TRUE.equals(mailed) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("daily digest {} to {} failed: {}", day, supervisor.username(), e.toString());
            }
        }
        return sent;
    }

    private boolean sendOne(Supervisor supervisor, LocalDate day) {
        int claimed = jdbc.sql("insert into digest_sent (supervisor, day) values (:supervisor, :day) on conflict do nothing")
                .param("supervisor", supervisor.username()).param("day", Date.valueOf(day)).update();
        List<AlertView> views = board.visibleTo(supervisor, null, null, null, null, null);
        if (claimed == 0 || views.isEmpty()) {
            return false;
        }
        try {
            mailer.send(supervisor.email(), DigestMail.compose(supervisor, day, views, dashboardUrl),
                    "digest-" + day + "-" + supervisor.username());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        return true;
    }
}
