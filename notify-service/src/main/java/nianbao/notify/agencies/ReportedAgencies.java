package nianbao.notify.agencies;

import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nianbao.notify.routing.Agency;
import nianbao.notify.routing.Jurisdiction;

/**
 * The agencies that have ever reported (any validation received), as their latest validation named them.
 * Until agencies are enrolled in a directory this is all the service knows: an agency that never submitted is
 * missing from it, so "not yet submitted" covers only agencies that reported in another year.
 */
@Component
class ReportedAgencies implements AgencyDirectory {

    private final JdbcClient jdbc;

    ReportedAgencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Agency> agenciesIn(Jurisdiction jurisdiction) {
        return jdbc.sql("""
                select distinct on (agency_id) agency_id, agency_name, region_code, agency_level
                from validation order by agency_id, received_at desc""")
                .query((rs, n) -> new Agency(rs.getString("agency_id"), rs.getString("agency_name"),
                        rs.getString("region_code"), rs.getString("agency_level")))
                .list().stream()
                .filter(jurisdiction::covers)
                .sorted(Comparator.comparing(Agency::regionCode).thenComparing(Agency::name))
                .toList();
    }
}
