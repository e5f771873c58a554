package nianbao.ingest.agencies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nianbao.events.AgencyLevel;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agencies in PostgreSQL (table {@code agency}): what the directory topic last said about each, plus the local
 * seed. Reads go to the database every time, so a change applied by {@code DirectoryListener} holds for the next
 * request, without a cache to invalidate.
 */
public final class AgencyTable implements AgencyRegistry {

    private static final String COLUMNS = "id, name, region_code, level, parent_government, api_key_sha256";

    private final JdbcClient jdbc;

    public AgencyTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Agency> all() {
        return jdbc.sql("select " + COLUMNS + " from agency where active order by region_code, id")
                .query(AgencyTable::agency).list();
    }

    @Override
    public Optional<Agency> find(String agencyId) {
        return jdbc.sql("select " + COLUMNS + " from agency where id = :id and active")
                .param("id", agencyId).query(AgencyTable::agency).optional();
    }

    @Override
    public Optional<Agency> holderOf(String apiKey) {
        return jdbc.sql("select " + COLUMNS + " from agency where api_key_sha256 = :digest and active")
                .param("digest", ApiKeys.sha256Hex(apiKey)).query(AgencyTable::agency).optional();
    }

    /**
     * Takes the directory's state of an agency unless this table already holds the same or a newer version (a
     * record read twice, or a seed row being overtaken). Returns whether the row changed.
     */
    public boolean apply(Agency agency, boolean active, long version, Instant changedAt) {
        return jdbc.sql("""
                        insert into agency (id, name, region_code, level, parent_government, active, api_key_sha256,
                                            version, changed_at)
                        values (:id, :name, :region, :level, :parent, :active, :digest, :version, :changedAt)
                        on conflict (id) do update set name = excluded.name, region_code = excluded.region_code,
                            level = excluded.level, parent_government = excluded.parent_government,
                            active = excluded.active, api_key_sha256 = excluded.api_key_sha256,
                            version = excluded.version, changed_at = excluded.changed_at
                        where agency.version < excluded.version""")
                .param("id", agency.id()).param("name", agency.name()).param("region", agency.regionCode())
                .param("level", agency.level().name()).param("parent", agency.parentGovernment())
                .param("active", active).param("digest", agency.apiKeySha256()).param("version", version)
                .param("changedAt", Timestamp.from(changedAt))
                .update() > 0;
    }

    /**
     * Inserts a seed agency (local profile) as version 0 unless the id or its key's digest is already there: the
     * directory's own records (version 1 and up) always win.
     */
    public boolean seed(Agency agency, Instant now) {
        return jdbc.sql("""
                        insert into agency (id, name, region_code, level, parent_government, active, api_key_sha256,
                                            version, changed_at)
                        values (:id, :name, :region, :level, :parent, true, :digest, 0, :now)
                        on conflict do nothing""")
                .param("id", agency.id()).param("name", agency.name()).param("region", agency.regionCode())
                .param("level", agency.level().name()).param("parent", agency.parentGovernment())
                .param("digest", agency.apiKeySha256()).param("now", Timestamp.from(now))
                .update() > 0;
    }

    private static Agency agency(ResultSet row, int rowNumber) throws SQLException {
        return new Agency(row.getString("id"), row.getString("name"), row.getString("region_code"),
                AgencyLevel.valueOf(row.getString("level")), row.getString("parent_government"),
                row.getString("api_key_sha256"));
    }
}
