package nianbao.ingest.agencies;

import java.util.List;
import nianbao.events.AgencyLevel;

/** Two of the sample agencies, with their local keys "<id>-key". */
public final class TestAgencies {

    public static final Agency LONGTING = new Agency("longting-gov-office", "龙亭区人民政府办公室", "410202",
            AgencyLevel.COUNTY_DEPARTMENT, "开封市龙亭区人民政府",
            "c93024cba49f97219902788207c124fe0e8409eba1b3cf3a32379729a6e6be15");
    public static final Agency KUNWU = new Agency("kunwu-office", "昆吾街道办事处", "410971", AgencyLevel.TOWNSHIP,
            "濮阳经济技术开发区", "4e91381ba37a929a6e564fb0a79749ad5154fb105ef8acafcf4bfa66626badae");

    private TestAgencies() {
    }

    public static AgencyRegistry registry() {
        return new AgencyRegistry(List.of(LONGTING, KUNWU));
    }
}
