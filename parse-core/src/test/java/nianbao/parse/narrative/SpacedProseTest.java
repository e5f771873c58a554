package nianbao.parse.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nianbao.parse.sections.SectionFinder;
import nianbao.report.FactKind;
import nianbao.report.NarrativeFact;
import nianbao.report.SourceSpan;
import org.junit.jupiter.api.Test;

/**
 * Prose with the spaces PDF extraction of justified text leaves between characters (ReadingText): facts are read as
 * from the unspaced sentence, quoted as written with their spans on the line as written; a figure whose digits a space
 * separates on a line that is not letter-spaced is read whole but uncertain.
 */
class SpacedProseTest {

    private static List<NarrativeFact> read(String... lines) {
        List<String> text = List.of(lines);
        return NarrativeReader.read(text, SectionFinder.find(text)).facts().stream()
                .filter(f -> f.kind() != FactKind.SECTION_TEXT).toList();
    }

    @Test
    void aLetterSpacedSentenceIsReadDigitsAndAll() {
        String line = "共 收 到 政 府 信 息 公 开 申 请 1 6 件 ， 行 政 复 议 0 件 。";
        List<NarrativeFact> facts = read(line);

        assertThat(facts).extracting(NarrativeFact::kind, f -> f.value().intValue(), NarrativeFact::certain).containsExactly(
                tuple(FactKind.APPLICATIONS_RECEIVED, 16, true),
                tuple(FactKind.REVIEW_COUNT, 0, true));
        NarrativeFact received = facts.get(0);
        assertThat(received.quote()).isEqualTo("共 收 到 政 府 信 息 公 开 申 请 1 6 件");
        // 14 characters and 13 spaces: columns 1–27 of the line as written
        assertThat(received.span()).isEqualTo(new SourceSpan(1, 1, 1, 28));
        // 行 at column 31, 件 at 41
        assertThat(facts.get(1).quote()).isEqualTo("行 政 复 议 0 件");
        assertThat(facts.get(1).span()).isEqualTo(new SourceSpan(1, 31, 1, 42));
    }

    @Test
    void spacesBetweenChineseCharactersEveryFewCharactersAreNotRead() {
        List<NarrativeFact> facts = read("全年共收 到政府信\u3000息公开申 请12件，行政复\u3000议2件，行政诉 讼0件。");

        assertThat(facts).extracting(NarrativeFact::kind, f -> f.value().intValue(), NarrativeFact::certain).containsExactly(
                tuple(FactKind.APPLICATIONS_RECEIVED, 12, true),
                tuple(FactKind.REVIEW_COUNT, 2, true),
                tuple(FactKind.LITIGATION_COUNT, 0, true));
        assertThat(facts.get(0).quote()).isEqualTo("全年共收 到政府信\u3000息公开申 请12件");
        // 4 + 1 + 4 + 1 + 4 + 1 + 4 characters: columns 1–19
        assertThat(facts.get(0).span()).isEqualTo(new SourceSpan(1, 1, 1, 20));
        assertThat(facts.get(1).quote()).isEqualTo("行政复\u3000议2件");
    }

    @Test
    void reviewAndLitigationCountsWithASpaceBeforeTheFigureAreRead() {
        List<NarrativeFact> facts = read("因政府信息公开被申请行政复议 2 件，提起行政诉讼 0 件。");

        assertThat(facts).extracting(NarrativeFact::kind, f -> f.value().intValue(), NarrativeFact::certain).containsExactly(
                tuple(FactKind.REVIEW_COUNT, 2, true),
                tuple(FactKind.LITIGATION_COUNT, 0, true));
    }

    /** 1 6 on a line not letter-spaced: sixteen as extraction split it, or a 1 and a 6; read 16, uncertain. */
    @Test
    void digitsSeparatedByASpaceOnALineNotLetterSpacedGiveAnUncertainFigure() {
        List<NarrativeFact> facts = read("本年度共收到政府信息公开申请1 6件。");

        assertThat(facts).extracting(NarrativeFact::kind, f -> f.value().intValue(), NarrativeFact::certain).containsExactly(
                tuple(FactKind.APPLICATIONS_RECEIVED, 16, false));
        assertThat(facts.get(0).quote()).isEqualTo("本年度共收到政府信息公开申请1 6件");
    }

    @Test
    void latinWordsKeepTheirSpaces() {
        assertThat(ReadingText.of("登录 Windows 系统 查 询").text()).isEqualTo("登录Windows系统查询");
        assertThat(ReadingText.of("see the Open Government Information page").text())
                .isEqualTo("see the Open Government Information page");
        // two spaces or more are a gap, not a stray space: kept
        assertThat(ReadingText.of("信息内容  本年制发件数").text()).isEqualTo("信息内容  本年制发件数");
    }
}
