package nianbao.notify.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nianbao.notify.routing.Supervisor;

/**
 * The outbox of external sends. A row is written in the same transaction as the alert it announces, and the unique
 * key (channel, kind, supervisor, fingerprint) makes each notice happen once however often the event is replayed.
 */
@Repository
public class DeliveryOutbox {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batches;

    public DeliveryOutbox(JdbcClient jdbc, NamedParameterJdbcOperations batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** One notice row per supervisor, channel and fingerprint, written as one JDBC batch. */
    public void enqueueAlerts(Collection<String> fingerprints, Collection<Supervisor> supervisors, String submissionId) {
        List<SqlParameterSource> rows = new ArrayList<>();
        for (Supervisor supervisor : supervisors) {
            for (String fingerprint : fingerprints) {
                rows.add(row(Channel.EMAIL, supervisor, fingerprint, submissionId));
                if (supervisor.hasWebhook()) {
                    rows.add(row(Channel.WEBHOOK, supervisor, fingerprint, submissionId));
                }
            }
        }
        if (rows.isEmpty()) return;
        batches.batchUpdate("""
                insert into delivery (channel, kind, supervisor, fingerprint, submission_id)
                values (:channel, 'ALERT', :supervisor, :fp, :submission)
                on conflict do nothing""", rows.toArray(SqlParameterSource[]::new));
    }

    private static SqlParameterSource row(Channel channel, Supervisor supervisor, String fingerprint,
                                          String submissionId) {
        return new MapSqlParameterSource("channel", channel.name()).addValue("supervisor", supervisor.username())
                .addValue("fp", fingerprint).addValue("submission", submissionId);
    }

    /** Tells of a resolution exactly those who were told of the alert, on the channels they were told on. */
    public void enqueueResolutions(Collection<String> fingerprints, String submissionId) {
        if (fingerprints.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into delivery (channel, kind, supervisor, fingerprint, submission_id)
                select channel, 'RESOLVED', supervisor, fingerprint, :submission from delivery
                where kind = 'ALERT' and fingerprint in (:fps)
                on conflict do nothing""")
                .param("submission", submissionId).param("fps", fingerprints).update();
    }

    /**
     * Claims the rows of the next due notice (same channel, kind, supervisor and submission) for {@code claimant}
     * until {@code until}, in one statement that commits on its own. Rows claimed by another dispatcher whose lease
     * still holds are skipped; two dispatchers racing for the same rows serialise on their row locks, and the loser,
     * re-reading the rows, finds them claimed and gets nothing (then {@link #anyDue} tells it whether to try again).
     */
    public List<PendingDelivery> claimNext(String claimant, Instant now, Instant until) {
        return jdbc.sql("""
                with next_notice as (
                    select channel, kind, supervisor, submission_id from delivery
                    where sent_at is null and next_attempt_at <= :now and (claimed_until is null or claimed_until <= :now)
                    order by id limit 1)
                update delivery d set claimed_by = :claimant, claimed_until = :until
                from next_notice n
                where d.channel = n.channel and d.kind = n.kind and d.supervisor = n.supervisor
                  and d.submission_id = n.submission_id
                  and d.sent_at is null and d.next_attempt_at <= :now
                  and (d.claimed_until is null or d.claimed_until <= :now)
                returning d.id, d.channel, d.kind, d.supervisor, d.fingerprint, d.submission_id, d.attempts""")
                .param("now", Timestamp.from(now)).param("claimant", claimant).param("until", Timestamp.from(until))
                .query((rs, n) -> new PendingDelivery(rs.getLong("id"), Channel.valueOf(rs.getString("channel")),
                        NoticeKind.valueOf(rs.getString("kind")), rs.getString("supervisor"),
                        rs.getString("fingerprint"), rs.getString("submission_id"), rs.getInt("attempts")))
                .list();
    }

    /** Whether a row is due and not held by a lease. */
    public boolean anyDue(Instant now) {
        return jdbc.sql("""
                select exists (select 1 from delivery
                               where sent_at is null and next_attempt_at <= :now
                                 and (claimed_until is null or claimed_until <= :now))""")
                .param("now", Timestamp.from(now)).query(Boolean.class).single();
    }

    /**
     * The alerts of an agency's report for a year that were sent to the supervisor on the channel before, other than
     * {@code fingerprints}, and are still open and not dismissed by a review.
     */
    public int earlierStillOpen(Channel channel, String supervisor, String agencyId, int reportYear,
                                Collection<String> fingerprints) {
        return jdbc.sql("""
                select count(*) from alert a
                where a.agency_id = :agency and a.report_year = :year and a.status = 'OPEN'
                  and a.fingerprint not in (:fps)
                  and exists (select 1 from delivery d
                              where d.fingerprint = a.fingerprint and d.supervisor = :supervisor
                                and d.channel = :channel and d.kind = 'ALERT' and d.sent_at is not null)
                  and coalesce((select r.decision from review r where r.fingerprint = a.fingerprint
                                order by r.id desc limit 1), '') <> 'DISMISSED'""")
                .param("agency", agencyId).param("year", reportYear).param("fps", fingerprints)
                .param("supervisor", supervisor).param("channel", channel.name())
                .query(Integer.class).single();
    }

    public void markSent(Collection<Long> ids, Instant at) {
        jdbc.sql("""
                update delivery set sent_at = :at, attempts = attempts + 1, last_error = null,
                    claimed_by = null, claimed_until = null
                where id in (:ids)""")
                .param("at", Timestamp.from(at)).param("ids", ids).update();
    }

    /** A supervisor's deliveries that have failed and are waiting for their next attempt. */
    public List<FailingDelivery> failing(String supervisor) {
        return jdbc.sql("""
                select d.channel, d.kind, d.fingerprint, d.submission_id, d.attempts, d.last_error, d.next_attempt_at,
                       a.agency_id, a.agency_name, a.report_year, a.rule_id
                from delivery d join alert a using (fingerprint)
                where d.supervisor = :supervisor and d.sent_at is null and d.last_error is not null
                order by d.id""")
                .param("supervisor", supervisor)
                .query((rs, n) -> new FailingDelivery(Channel.valueOf(rs.getString("channel")),
                        NoticeKind.valueOf(rs.getString("kind")), rs.getString("agency_id"), rs.getString("agency_name"),
                        rs.getInt("report_year"), rs.getString("rule_id"),
                        rs.getString("fingerprint"), rs.getString("submission_id"), rs.getInt("attempts"),
                        rs.getString("last_error"), rs.getTimestamp("next_attempt_at").toInstant()))
                .list();
    }

    public void markFailed(Collection<Long> ids, String error, Instant nextAttempt) {
        jdbc.sql("""
                update delivery set attempts = attempts + 1, last_error = :error, next_attempt_at = :next,
                    claimed_by = null, claimed_until = null
                where id in (:ids)""")
                .param("error", error).param("next", Timestamp.from(nextAttempt)).param("ids", ids).update();
    }
}
