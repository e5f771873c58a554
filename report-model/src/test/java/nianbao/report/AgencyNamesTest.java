package nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AgencyNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // State Council and its departments, also their vertical branches
            "国务院办公厅, MINISTRY",
            "中华人民共和国教育部, MINISTRY",
            "国家统计局, MINISTRY",
            "国家发展和改革委员会, MINISTRY",
            "海关总署, MINISTRY",
            "国家税务总局湛江市税务局, CITY_DEPARTMENT",
            // provinces, autonomous regions and the four municipalities
            "浙江省人民政府, PROVINCIAL_GOVERNMENT",
            "广西壮族自治区人民政府, PROVINCIAL_GOVERNMENT",
            "北京市人民政府, PROVINCIAL_GOVERNMENT",
            "上海市人民政府办公厅, PROVINCIAL_DEPARTMENT",
            "上海市统计局, PROVINCIAL_DEPARTMENT",
            "河南省交通运输厅, PROVINCIAL_DEPARTMENT",
            "新疆维吾尔自治区人民政府办公厅, PROVINCIAL_DEPARTMENT",
            // cities, prefectures, leagues
            "郑州市人民政府, CITY_GOVERNMENT",
            "湘西土家族苗族自治州人民政府, CITY_GOVERNMENT",
            "湛江市人民政府地方志办公室, CITY_DEPARTMENT",
            "朝阳市营商环境建设局, CITY_DEPARTMENT",
            "杭州市市场监督管理局, CITY_DEPARTMENT",
            "苏州市住房和城乡建设局, CITY_DEPARTMENT",
            "南京市城市管理局, CITY_DEPARTMENT",
            "市教育局, CITY_DEPARTMENT",
            // counties, districts, county-level cities under a city
            "开封市龙亭区人民政府, COUNTY_GOVERNMENT",
            "上海市浦东新区人民政府, COUNTY_GOVERNMENT",
            "龙亭区人民政府办公室, COUNTY_DEPARTMENT",
            "开封市龙亭区人民政府办公室, COUNTY_DEPARTMENT",
            "北京市朝阳区统计局, COUNTY_DEPARTMENT",
            "长沙市宁乡市人民政府, COUNTY_GOVERNMENT",
            "沛县人民政府, COUNTY_GOVERNMENT",
            "某某县乡村振兴局, COUNTY_DEPARTMENT",
            "某某县住房和城乡建设局, COUNTY_DEPARTMENT",
            "区统计局, COUNTY_DEPARTMENT",
            // townships and streets
            "昆吾街道办事处, TOWNSHIP",
            "锦屏街道, TOWNSHIP",
            "某某区人民政府某某街道办事处, TOWNSHIP",
            "某某县某某镇人民政府, TOWNSHIP",
            "某某乡人民政府, TOWNSHIP",
            "启东高新区（近海镇）, TOWNSHIP",
            // development zones end in 区 but are no division: alone they tell no level, after a division they are its body
            "蒲纺工业园区, UNKNOWN",
            "某某经济技术开发区管理委员会, UNKNOWN",
            "某某综合保税区, UNKNOWN",
            "某某市高新区管委会, CITY_DEPARTMENT",
            "某某县某某工业园区, COUNTY_DEPARTMENT",
            // no division, no State Council body: nothing to go by
            "政府办公室, UNKNOWN",
            "昆吾办, UNKNOWN",
            "统计局, UNKNOWN",
            "report-2023, UNKNOWN",
    })
    void levelFollowsTheDivisionsAndTheBody(String name, AgencyLevel level) {
        assertThat(AgencyNames.levelOf(name)).isEqualTo(level);
    }

    /** A development zone names its 管委会 though not a level; an office or a pronoun names no one in particular. */
    @Test
    void aZoneNamesABodyWithoutALevel() {
        assertThat(AgencyNames.namesABody("蒲纺工业园区")).isTrue();
        assertThat(AgencyNames.namesABody("某某经济技术开发区管理委员会")).isTrue();
        assertThat(AgencyNames.namesABody("某某区统计局")).isTrue();
        assertThat(AgencyNames.namesABody("政府办公室")).isFalse();
        assertThat(AgencyNames.namesABody("我局")).isFalse();
        assertThat(AgencyNames.namesABody(null)).isFalse();
    }

    @Test
    void noNameHasNoLevel() {
        assertThat(AgencyNames.levelOf(null)).isEqualTo(AgencyLevel.UNKNOWN);
        assertThat(AgencyNames.levelOf("")).isEqualTo(AgencyLevel.UNKNOWN);
    }

    @Test
    void theStatedAgencyIsTheAgencyFact() {
        NarrativeFact agency = new NarrativeFact(FactKind.AGENCY, null, List.of(), new Qualifier.Agency("某某市统计局"), "某某市统计局",
                SourceSpan.onLine(1, 1, 6));
        NarrativeFact title = new NarrativeFact(FactKind.TITLE, BigDecimal.valueOf(2023), List.of(),
                new Qualifier.Title("某某市统计局2023年政府信息公开工作年度报告"), "某某市统计局2023年政府信息公开工作年度报告",
                SourceSpan.onLine(1, 1, 24));
        assertThat(AgencyNames.statedIn(report(List.of(title, agency)))).contains("某某市统计局");
        assertThat(AgencyNames.statedIn(report(List.of(title)))).isEmpty();
    }

    static ParsedReport report(List<NarrativeFact> facts) {
        return new ParsedReport("test", ContainerType.TEXT, FormatVersion.V2021, Layout.TAB, List.of(), List.of(), facts,
                List.of(), List.of(), null, "");
    }
}
