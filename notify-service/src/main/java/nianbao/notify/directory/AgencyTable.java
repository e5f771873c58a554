package nianbao.notify.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nianbao.events.AgencyLevel;
import nianbao.notify.routing.Agency;
import nianbao.notify.routing.Jurisdiction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agency directory in PostgreSQL (table {@code agency}). Every change raises the row's {@code version}, which
 * {@link DirectoryRelay} publishes; nothing here talks to Kafka.
 */
public class AgencyTable implements AgencyDirectory {

    private static final String COLUMNS = "id, name, region_code, level, parent_government, active, key_issued_at, "
            + "changed_at, version, published_version, api_key_sha256";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public AgencyTable(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Counts of an import: new agencies, changed ones, and lines that changed nothing. */
    public record Imported(int added, int updated, int unchanged) {
    }

    /** A row whose current state the topic does not have yet. */
    public record Unpublished(String id, String name, String regionCode, AgencyLevel level, String parentGovernment,
                              boolean active, String apiKeySha256, long version, Instant changedAt) {
    }

    public List<DirectoryAgency> list() {
        return jdbc.sql("select " + COLUMNS + " from agency order by region_code, id").query(AgencyTable::view).list();
    }

    @Override
    public RegionNames regionNames() {
        return RegionNames.from(list());
    }

    @Override
    public String regionLabel(String regionCode) {
        return RegionNames.from(jdbc.sql("select " + COLUMNS + " from agency where region_code = :code")
                .param("code", regionCode).query(AgencyTable::view).list()).label(regionCode);
    }

    public Optional<DirectoryAgency> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from agency where id = :id").param("id", id)
                .query(AgencyTable::view).optional();
    }

    @Override
    public List<Agency> agenciesIn(Jurisdiction jurisdiction) {
        if (jurisdiction.regionCodes().isEmpty()) return List.of();
        String[] prefixes = jurisdiction.regionCodes().stream()
                .map(code -> Jurisdiction.significantPrefix(code) + "%").toArray(String[]::new);
        String levels = jurisdiction.levels().isEmpty() ? "" : " and level = any(:levels)";
        // the enrolled agencies, and those that reported without being enrolled (history from before the
        // directory, replayed events) as their latest validation named them: a supervisor sees every report
        var sql = jdbc.sql("""
                        select id, name, region_code, level from (
                            select id, name, region_code, level from agency where active
                            union all
                            select * from (select distinct on (agency_id) agency_id, agency_name, region_code, agency_level
                                           from validation v where not exists (select 1 from agency a where a.id = v.agency_id)
                                           order by agency_id, received_at desc) reported
                        ) known
                        where region_code like any(:prefixes)""" + levels + " order by region_code, name, id")
                .param("prefixes", prefixes);
        if (!levels.isEmpty()) sql = sql.param("levels", jurisdiction.levels().toArray(String[]::new));
        return sql.query((row, n) -> new Agency(row.getString("id"), row.getString("name"),
                row.getString("region_code"), row.getString("level"))).list();
    }

    /** False when the id is taken. */
    public boolean add(AgencyDraft agency) {
        return jdbc.sql("""
                        insert into agency (id, name, region_code, level, parent_government)
                        values (:id, :name, :region, :level, :parent) on conflict (id) do nothing""")
                .param("id", agency.id()).param("name", agency.name()).param("region", agency.regionCode())
                .param("level", agency.level().name()).param("parent", agency.parentGovernment()).update() == 1;
    }

    /** Name, region, level, parent and whether it may submit; false when there is no such agency. */
    public boolean update(AgencyDraft agency, boolean active) {
        return jdbc.sql("""
                        update agency set name = :name, region_code = :region, level = :level,
                            parent_government = :parent, active = :active, version = version + 1, changed_at = now()
                        where id = :id""")
                .param("id", agency.id()).param("name", agency.name()).param("region", agency.regionCode())
                .param("level", agency.level().name()).param("parent", agency.parentGovernment())
                .param("active", active).update() == 1;
    }

    /** Replaces the agency's key digest (the old key stops working once ingest-service has the change). */
    public boolean replaceKey(String id, String apiKeySha256, Instant issuedAt) {
        return jdbc.sql("""
                        update agency set api_key_sha256 = :digest, key_issued_at = :at, version = version + 1,
                            changed_at = now()
                        where id = :id""")
                .param("id", id).param("digest", apiKeySha256).param("at", Timestamp.from(issuedAt)).update() == 1;
    }

    /** All lines in one transaction: new ids are added, known ones take the line's fields (their key stays). */
    public Imported importAll(List<AgencyDraft> agencies) {
        return transaction.execute(status -> {
            int added = 0;
            int updated = 0;
            for (AgencyDraft agency : agencies) {
                Optional<Boolean> inserted = jdbc.sql("""
                                insert into agency (id, name, region_code, level, parent_government)
                                values (:id, :name, :region, :level, :parent)
                                on conflict (id) do update set name = excluded.name,
                                    region_code = excluded.region_code, level = excluded.level,
                                    parent_government = excluded.parent_government,
                                    version = agency.version + 1, changed_at = now()
                                where (agency.name, agency.region_code, agency.level, agency.parent_government)
                                    is distinct from (excluded.name, excluded.region_code, excluded.level,
                                                      excluded.parent_government)
                                returning (xmax = 0) as inserted""")
                        .param("id", agency.id()).param("name", agency.name()).param("region", agency.regionCode())
                        .param("level", agency.level().name()).param("parent", agency.parentGovernment())
                        .query(Boolean.class).optional();
                if (inserted.isPresent()) {
                    if (inserted.get()) added++;
                    else updated++;
                }
            }
            return new Imported(added, updated, agencies.size() - added - updated);
        });
    }

    /** Local seed: inserted unless the id (or the key's digest) is there already; published like any change. */
    public boolean seed(AgencyDraft agency, String apiKeySha256, Instant now) {
        return jdbc.sql("""
                        insert into agency (id, name, region_code, level, parent_government, api_key_sha256,
                                            key_issued_at)
                        values (:id, :name, :region, :level, :parent, :digest, :now) on conflict do nothing""")
                .param("id", agency.id()).param("name", agency.name()).param("region", agency.regionCode())
                .param("level", agency.level().name()).param("parent", agency.parentGovernment())
                .param("digest", apiKeySha256).param("now", Timestamp.from(now)).update() == 1;
    }

    public List<Unpublished> unpublished(int limit) {
        return jdbc.sql("select " + COLUMNS + " from agency where version > published_version order by changed_at"
                        + " limit :limit")
                .param("limit", limit)
                .query((row, n) -> new Unpublished(row.getString("id"), row.getString("name"),
                        row.getString("region_code"), AgencyLevel.valueOf(row.getString("level")),
                        row.getString("parent_government"), row.getBoolean("active"), row.getString("api_key_sha256"),
                        row.getLong("version"), row.getTimestamp("changed_at").toInstant()))
                .list();
    }

    public void markPublished(String id, long version) {
        jdbc.sql("update agency set published_version = :version where id = :id and published_version < :version")
                .param("id", id).param("version", version).update();
    }

    private static DirectoryAgency view(ResultSet row, int rowNumber) throws SQLException {
        AgencyLevel level = AgencyLevel.valueOf(row.getString("level"));
        Timestamp issued = row.getTimestamp("key_issued_at");
        return new DirectoryAgency(row.getString("id"), row.getString("name"), row.getString("region_code"), level,
                AgencyLevels.chinese(level), row.getString("parent_government"), row.getBoolean("active"),
                row.getString("api_key_sha256") == null || issued == null ? null : issued.toInstant(),
                row.getTimestamp("changed_at").toInstant(),
                row.getLong("published_version") >= row.getLong("version"));
    }
}
