package nianbao.notify.directory;

import java.util.List;
import nianbao.notify.routing.Agency;
import nianbao.notify.routing.Jurisdiction;

/**
 * The agencies a supervisor oversees, for pages that list who should report (not only who did). Implemented on the
 * {@code agency} table by {@link AgencyTable}: active agencies, and agencies that reported without being enrolled.
 */
public interface AgencyDirectory {

    List<Agency> agenciesIn(Jurisdiction jurisdiction);

    /** Names for the region codes, from what the directory holds (see {@link RegionNames}). */
    RegionNames regionNames();

    /** One region's name, from the agencies registered under its code only ({@link RegionNames#label}). */
    String regionLabel(String regionCode);
}
