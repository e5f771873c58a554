package nianbao.notify.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nianbao.events.AgencyLevel;

class RegionNamesTest {

    private static DirectoryAgency agency(String name, String code, AgencyLevel level, String parent) {
        return new DirectoryAgency(name, name, code, level, "", parent, true, null, null, true);
    }

    @Test
    void aGovernmentNamesItsOwnRegionAndADepartmentOrTownshipItsParentsRegion() {
        RegionNames names = RegionNames.from(List.of(
                agency("开封市龙亭区人民政府办公室", "410202", AgencyLevel.COUNTY_DEPARTMENT, "开封市龙亭区人民政府"),
                // a county government's parent is the city: its own name names 320813, the parent does not
                agency("淮安市洪泽区人民政府", "320813", AgencyLevel.COUNTY_GOVERNMENT, "淮安市人民政府"),
                agency("昆吾街道办事处", "410971", AgencyLevel.TOWNSHIP, "濮阳经济技术开发区"),
                agency("朝阳市营商环境建设局", "211300", AgencyLevel.CITY_DEPARTMENT, null),
                agency("锦屏街道办事处", "330326", AgencyLevel.TOWNSHIP, " ")));

        assertThat(names.label("410202")).isEqualTo("开封市龙亭区");
        assertThat(names.label("320813")).isEqualTo("淮安市洪泽区");
        assertThat(names.label("410971")).isEqualTo("濮阳经济技术开发区");
        assertThat(names.label("211300")).isEqualTo("地区 211300");
        assertThat(names.label("330326")).isEqualTo("地区 330326");
        assertThat(names.label("320800")).isEqualTo("地区 320800");
    }

    @Test
    void whereTheDirectoryDisagreesTheMostFrequentNameWinsThenTheShorter() {
        RegionNames names = RegionNames.from(List.of(
                agency("教育局", "410203", AgencyLevel.COUNTY_DEPARTMENT, "开封市顺河回族区人民政府"),
                agency("财政局", "410203", AgencyLevel.COUNTY_DEPARTMENT, "开封市顺河回族区人民政府"),
                agency("统计局", "410203", AgencyLevel.COUNTY_DEPARTMENT, "顺河区人民政府"),
                agency("甲局", "410204", AgencyLevel.COUNTY_DEPARTMENT, "开封市鼓楼区人民政府"),
                agency("乙局", "410204", AgencyLevel.COUNTY_DEPARTMENT, "鼓楼区人民政府")));

        assertThat(names.label("410203")).isEqualTo("开封市顺河回族区");
        assertThat(names.label("410204")).isEqualTo("鼓楼区");
    }
}
