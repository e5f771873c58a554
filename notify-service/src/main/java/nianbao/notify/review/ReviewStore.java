package nianbao.notify.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reviews keyed by fingerprint: nothing in a re-validation or replay touches them. */
@Repository
public class ReviewStore {

    private final JdbcClient jdbc;

    public ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Review record(String fingerprint, Decision decision, String comment, String reviewer, Instant at) {
        jdbc.sql("""
                insert into review (fingerprint, decision, comment, reviewer, reviewed_at)
                values (:fp, :decision, :comment, :reviewer, :at)""")
                .param("fp", fingerprint).param("decision", decision.name()).param("comment", comment)
                .param("reviewer", reviewer).param("at", Timestamp.from(at)).update();
        String name = jdbc.sql("select coalesce((select name from account where login = :login), :login)")
                .param("login", reviewer).query(String.class).single();
        return new Review(fingerprint, decision, comment, reviewer, name, at);
    }

    /** Every review of these alerts, oldest first. */
    public List<Review> of(Collection<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select r.fingerprint, r.decision, r.comment, r.reviewer,
                       coalesce(a.name, r.reviewer) as reviewer_name, r.reviewed_at
                from review r left join account a on a.login = r.reviewer
                where r.fingerprint in (:fps) order by r.id""")
                .param("fps", fingerprints)
                .query((rs, n) -> new Review(rs.getString("fingerprint"), Decision.valueOf(rs.getString("decision")),
                        rs.getString("comment"), rs.getString("reviewer"), rs.getString("reviewer_name"),
                        rs.getTimestamp("reviewed_at").toInstant()))
                .list();
    }
}
