package nianbao.notify.agencies;

import java.util.List;

import nianbao.notify.routing.Agency;
import nianbao.notify.routing.Jurisdiction;

/**
 * The agencies a supervisor's workspace lists: every agency of a jurisdiction, reported or not. The one place that
 * knows where agencies come from, so that a directory of enrolled agencies can take the place of
 * {@link ReportedAgencies}.
 */
public interface AgencyDirectory {

    /** Every agency the jurisdiction covers, by region code and name. */
    List<Agency> agenciesIn(Jurisdiction jurisdiction);
}
