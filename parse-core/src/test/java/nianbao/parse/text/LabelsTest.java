package nianbao.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void normalisesWidthWhitespaceOrdinalsAndQuotes() {
        assertEquals("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", Labels.normalise("(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)"));
        assertEquals("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", Labels.normalise("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
        assertEquals("商业企业", Labels.normalise("商业 企业"));
        assertEquals("3.危及\"三安全一稳定\"", Labels.normalise("3、危及“三安全一稳定”"));
        assertEquals("1.属于国家秘密", Labels.normalise("1. 属于国家秘密"));
        assertEquals("1.属于国家秘密", Labels.normalise("1．属于国家秘密"));
        assertEquals("(二)依申请公开情况", Labels.normalise("[bookmark: _GoBack]（二）依申请公开情况"));
        assertEquals("公布", Labels.normalise("（ <http://www.qidong.gov.cn/a.html> ）公布").replace("()", ""));
    }

    @Test
    void aJoinedLabelNormalisesAsItsJoinedText() {
        String[] parts = {"", "2.其他法律法规禁止", "公开", "（二）部分", "公开（区分处理的", "ｌ2", "ﾌﾟ", "\u3099公开", "e", "\u0301",
                "…", "a…", "本年新", "[bookmark: _Go", "Back]公开", "<http://x.cn>", "\u1100", "\u1161", "㈠其他", "　 ", "本年度共收到政府信息公开申请".repeat(4)};
        for (String first : parts) {
            for (String second : parts) {
                assertEquals(Labels.normalise(first + second), Labels.normaliseJoined(first, second), first + " + " + second);
                int length = Labels.normalise(first + second).length();
                for (int limit = 0; limit < 40; limit++) {
                    if (Labels.joinedLongerThan(first, second, limit)) assertTrue(length > limit, first + " + " + second);
                }
            }
        }
    }

    @Test
    void splitsTheLeadingOrdinal() {
        assertEquals(new Labels.Parts("(七)", "总计"), Labels.split(Labels.normalise("(七) 总计")));
        assertEquals(new Labels.Parts("一.", "本年新收政府信息公开申请数量"), Labels.split(Labels.normalise("一、本年新收政府信息公开申请数量")));
        assertEquals(new Labels.Parts("5.", "要求行政机关确认或重新出具已获取信息"), Labels.split("5.要求行政机关确认或重新出具已获取信息"));
        assertEquals(new Labels.Parts("", "6.8178"), Labels.split("6.8178"));
        assertEquals(new Labels.Parts("", "总计"), Labels.split("总计"));
    }
}
