package nianbao.ingest.portal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nianbao.ingest.FixedClock;
import nianbao.ingest.agencies.TestAgencies;
import nianbao.ingest.submissions.IntakeConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The intake page as rendered for the local seed's agencies (in memory), with "now" in November 2026. */
@WebMvcTest(PortalController.class)
@Import({TestAgencies.Seeded.class, IntakeConfiguration.class, FixedClock.class})
class PortalPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void thePageOffersEveryConfiguredAgencyWithItsParentGovernment() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/html;charset=UTF-8"))
                .andExpect(content().string(containsString(
                        "<option value=\"longting-gov-office\">龙亭区人民政府办公室（开封市龙亭区人民政府）</option>")))
                .andExpect(content().string(containsString(
                        "<option value=\"kunwu-office\">昆吾街道办事处（濮阳经济技术开发区）</option>")))
                .andExpect(content().string(containsString(
                        "<option value=\"chaoyang-business-env-bureau\">朝阳市营商环境建设局</option>")))
                .andExpect(content().string(containsString(
                        "<option value=\"jinping-street\">锦屏街道办事处</option>")))
                .andExpect(content().string(containsString(
                        "<option value=\"qidong-hitech-jinhai\">启东高新区（近海镇）</option>")));
    }

    @Test
    void theYearDefaultsToLastYearWithinTheAcceptedRange() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString(
                        "<input id=\"reportYear\" name=\"reportYear\" type=\"number\" required min=\"2008\" max=\"2026\" value=\"2025\">")))
                .andExpect(content().string(containsString("<form id=\"intake\" novalidate data-max-bytes=\"20971520\">")));
    }
}
