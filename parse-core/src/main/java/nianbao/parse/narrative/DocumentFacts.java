package nianbao.parse.narrative;

import static nianbao.parse.narrative.SentenceFacts.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.parse.sections.CompactLine;
import nianbao.parse.sections.SectionMap;
import nianbao.parse.text.Numbers;
import nianbao.report.FactKind;
import nianbao.report.NarrativeFact;
import nianbao.report.OverviewTopic;
import nianbao.report.Qualifier;
import nianbao.report.Section;
import nianbao.report.SectionId;
import nianbao.report.SourceSpan;

/**
 * Facts about the report as a document (domain-spec §2.2, §2.3, §6.6): title, statistical period, publication and
 * signature dates, the 信息处理费 statement of section 六, the sub-topics of section 一, and the text of sections 一
 * and 五 for copy detection.
 */
final class DocumentFacts {

    private static final String TITLE_BODY = Numbers.DIGIT + "{4}\\s*年度?[^，,。；;：:《》]{0,12}?政府信息公开[^，,。；;：:《》]{0,10}?(报告|年报)";
    private static final Pattern WHOLE_LINE_TITLE = Pattern.compile("^[^，,。；;：:《》]{0,40}?" + TITLE_BODY + "$");
    private static final Pattern TITLE_IN_SENTENCE = Pattern.compile(TITLE_BODY);
    /** What ends the agency name before the year of a title inside a sentence. */
    private static final String TITLE_STOPS = "，,。；;：:《》";
    private static final int AGENCY_NAME_REACH = 40;
    /** 现公布…, 特编制…, 现将…: the words that introduce a title inside a sentence. */
    private static final Pattern PUBLISHING_VERB = Pattern.compile("^(现将|特将|现|特|兹)?(予以)?(公布|发布|印发|编制|编写|制定)|^(现将|特将)");
    /** A year, its digits perhaps spaced as in a letter-spaced title (2 0 2 2 年). */
    private static final Pattern YEAR = Pattern.compile("((?:" + Numbers.DIGIT + "\\s*){4})年");

    /** What names the period the figures cover (on text without whitespace): 统计期限, 所列数据, 统计数据从…, 数据统计时间…. */
    private static final Pattern PERIOD_WORDS = Pattern.compile(
            "统计(期限|时限|周期|时间|区间|范围|口径|日期)|(所列|使用的?|统计的?|报告的?)数据|数据(统计)?(期限|时限|时间|区间|范围|口径)");
    private static final Pattern PERIOD_LINK = Pattern.compile("起?(至|到|—|–|－|-|~|～)");
    private static final Pattern PUBLISHED = Pattern.compile("(发布时间|发布日期|公开日期)\\s*[：:]?\\s*$");

    /** 二〇二四年十二月三十一日 with spaces to spare: a longer line is no date line. */
    private static final int LONGEST_DATE = 24;

    private static final Pattern FEE_TOPIC = Pattern.compile("处理费|收费|费用");
    private static final Pattern FEE_COLLECTED = Pattern.compile("收取|收缴|收费|处理费");
    private static final Pattern FEE_NONE = Pattern.compile("(未有|没有|未|无|不|免)(收取|收缴|产生|发生)");

    /** How agencies write the five sub-topics of section 一 (domain-spec §2.2). */
    private static final Map<OverviewTopic, List<String>> TOPICS = Map.of(
            OverviewTopic.ACTIVE_DISCLOSURE, List.of("主动公开"),
            OverviewTopic.ON_APPLICATION, List.of("依申请公开"),
            OverviewTopic.INFORMATION_MANAGEMENT, List.of("政府信息管理", "政务信息管理"),
            OverviewTopic.PLATFORMS, List.of("平台建设", "平台载体"),
            OverviewTopic.SUPERVISION, List.of("监督保障", "监督和保障", "监督与保障"));

    private final List<NarrativeFact> facts = new ArrayList<>();

    List<NarrativeFact> facts() {
        return facts;
    }

    void read(List<ProseLine> lines, SectionMap sections) {
        title(lines, sections);
        for (ProseLine line : lines) {
            period(line);
            publishedOn(line);
        }
        signatureDate(lines, sections);
        fee(lines, sections);
        overviewTopics(lines, sections);
        sectionText(lines, sections, SectionId.OVERVIEW);
        sectionText(lines, sections, SectionId.PROBLEMS);
    }

    /** The first title-like line before section 一: value = its year, qualifier = the title. */
    private void title(List<ProseLine> lines, SectionMap sections) {
        Section overview = sections.section(SectionId.OVERVIEW);
        int last = overview.found() ? overview.span().line() - 1 : Math.min(lines.size(), 10);
        for (ProseLine line : lines.subList(0, last)) {
            if (!line.isProse()) continue;
            ProseLine.Quote whole = line.quote(0, line.text().length());
            // a title set in large type is often letter-spaced: matched without its spaces, quoted as written
            boolean titleLine = WHOLE_LINE_TITLE.matcher(new CompactLine(line.number(), line.text()).text()).find();
            ProseLine.Quote title = titleLine ? whole : titleInSentence(line);
            Matcher year = title == null ? null : YEAR.matcher(title.text());
            if (year == null || !year.find()) continue;
            BigDecimal value = new BigDecimal(new CompactLine(line.number(), year.group(1)).text());
            facts.add(fact(FactKind.TITLE, value, List.of(), new Qualifier.Title(title.text()), title));
            return;
        }
    }

    /**
     * A report without a title line names itself in its first sentence (`…要求,现公布某市某局2023年度政府信息公开工作报告。`):
     * the year and what follows it, preceded by the agency name back to the clause start, without the verb.
     */
    private static ProseLine.Quote titleInSentence(ProseLine line) {
        Matcher m = TITLE_IN_SENTENCE.matcher(line.text());
        if (!m.find()) return null;
        String text = line.text();
        int from = m.start();
        while (from > 0 && m.start() - from < AGENCY_NAME_REACH && TITLE_STOPS.indexOf(text.charAt(from - 1)) < 0) from--;
        Matcher verb = PUBLISHING_VERB.matcher(text.substring(from, m.start()));
        if (verb.find()) from += verb.end();
        return line.quote(from, m.end());
    }

    /**
     * 统计期限自2022年1月1日起至2022年12月31日止 → qualifier 2022-01-01/2022-12-31; also with spaces inside numbers and
     * words (`统计期限自 2023 年 1 月 1 日起`), full-width digits, and the end's year left out (`2023年1月1日至12月31日`:
     * the start's year). Read on the line without whitespace, quoted on the line as written.
     */
    private void period(ProseLine line) {
        if (!line.isProse() || line.text().indexOf('统') < 0 && line.text().indexOf('数') < 0) return;
        CompactLine compact = new CompactLine(line.number(), line.text());
        String text = compact.text();
        Matcher words = PERIOD_WORDS.matcher(text);
        if (!words.find()) return;
        List<ReportDates.Found> dates = ReportDates.in(text);
        Matcher link = PERIOD_LINK.matcher(text);
        for (ReportDates.Found from : dates) {
            if (from.start() < words.start() || !link.region(from.end(), text.length()).lookingAt()) continue;
            ReportDates.Found to = endOfPeriod(text, link.end(), dates, from.date().getYear());
            if (to == null) continue;
            int end = text.startsWith("止", to.end()) ? to.end() + 1 : to.end();
            facts.add(fact(FactKind.STATISTICAL_PERIOD, null, List.of(), new Qualifier.Period(from.date(), to.date()),
                    line.quote(line.clauseStart(compact.originalIndex(words.start())), compact.originalIndex(end - 1) + 1)));
            return;
        }
    }

    /** The date starting at {@code at}: a full one, or 月 and 日 in {@code year}; null when none starts there. */
    private static ReportDates.Found endOfPeriod(String text, int at, List<ReportDates.Found> dates, int year) {
        for (ReportDates.Found date : dates) {
            if (date.start() == at) return date;
        }
        ReportDates.Found yearless = ReportDates.yearlessAt(text.substring(at), year);
        return yearless == null ? null : new ReportDates.Found(yearless.date(), at + yearless.start(), at + yearless.end());
    }

    /** Page metadata `发布日期：2024-01-20` (table-like lines included: metadata often shares a line with 来源/浏览次数). */
    private void publishedOn(ProseLine line) {
        if (!line.text().contains("日期") && !line.text().contains("发布时间")) return;
        for (ReportDates.Found date : ReportDates.in(line.text())) {
            Matcher label = PUBLISHED.matcher(line.text().substring(0, date.start()));
            if (!label.find()) continue;
            facts.add(fact(FactKind.PUBLISHED_ON, null, List.of(), new Qualifier.Day(date.date()),
                    line.quote(label.start(), date.end())));
        }
    }

    /** The last line that is only a date, after the heading of section 六 (or anywhere without one). */
    private void signatureDate(List<ProseLine> lines, SectionMap sections) {
        Section other = sections.section(SectionId.OTHER_MATTERS);
        int first = other.found() ? other.span().line() : 1;
        for (int i = lines.size() - 1; i >= first - 1; i--) {
            ProseLine line = lines.get(i);
            String read = line.text().strip();
            if (read.length() > LONGEST_DATE) continue;
            List<ReportDates.Found> dates = ReportDates.in(line.text());
            if (dates.size() != 1 || !read.equals(line.text().substring(dates.get(0).start(), dates.get(0).end()))) continue;
            ReportDates.Found date = dates.get(0);
            facts.add(fact(FactKind.SIGNATURE_DATE, null, List.of(), new Qualifier.Day(date.date()),
                    line.quote(date.start(), date.end())));
            return;
        }
    }

    /**
     * Section 六 (the whole text when its heading is lost): an amount collected (`收取信息处理费0元`, value in 元) or
     * a statement that nothing was collected (`未收取…`, `未有收取信息处理费情况`, value 0).
     */
    private void fee(List<ProseLine> lines, SectionMap sections) {
        for (ProseLine line : linesOf(lines, sections, SectionId.OTHER_MATTERS, true)) {
            for (Sentence s : Sentence.of(line)) {
                if (!FEE_TOPIC.matcher(s.text()).find()) continue;
                Count amount = s.counts().stream()
                        .filter(c -> c.isMoney() && !c.approximate() && FEE_COLLECTED.matcher(s.lead(c)).find())
                        .findFirst().orElse(null);
                if (amount != null) {
                    facts.add(fact(FactKind.FEE_STATEMENT, amount.yuan(), List.of(), null, line.clauses(amount.start(), amount.end()),
                            amount.certain()));
                    continue;
                }
                Matcher none = FEE_NONE.matcher(s.text());
                if (none.find()) {
                    facts.add(fact(FactKind.FEE_STATEMENT, BigDecimal.ZERO, List.of(), null,
                            line.clauses(s.start() + none.start(), s.start() + none.end())));
                }
            }
        }
    }

    /** Each of the five topics found in section 一, quoted at its sub-head when it has one, else where first named. */
    private void overviewTopics(List<ProseLine> lines, SectionMap sections) {
        List<ProseLine> overview = linesOf(lines, sections, SectionId.OVERVIEW, false);
        for (OverviewTopic topic : OverviewTopic.values()) {
            ProseLine.Quote subhead = null;
            ProseLine.Quote mention = null;
            for (ProseLine line : overview) {
                String written = firstWritten(line.text(), TOPICS.get(topic));
                if (written == null) continue;
                int at = line.text().indexOf(written);
                if (at + written.length() <= line.sentenceEnd(0) && line.opensWithSubhead()) {
                    subhead = line.firstSentence();
                    break;
                }
                if (mention == null) mention = line.clauses(at, at + written.length());
            }
            ProseLine.Quote where = subhead != null ? subhead : mention;
            if (where != null) facts.add(fact(FactKind.OVERVIEW_TOPIC, null, List.of(), new Qualifier.Topic(topic), where));
        }
    }

    /** The wording of {@code ways} that occurs first in {@code text}, or null. */
    private static String firstWritten(String text, List<String> ways) {
        String first = null;
        int firstAt = Integer.MAX_VALUE;
        for (String way : ways) {
            int at = text.indexOf(way);
            if (at >= 0 && at < firstAt) {
                first = way;
                firstAt = at;
            }
        }
        return first;
    }

    /** The prose of section 一 or 五 after its heading, lines joined by \n; qualifier = the section. */
    private void sectionText(List<ProseLine> lines, SectionMap sections, SectionId id) {
        Section section = sections.section(id);
        List<ProseLine.Quote> parts = new ArrayList<>();
        for (ProseLine line : linesOf(lines, sections, id, false)) {
            int from = line.number() == section.span().line() ? line.indexAtColumn(section.span().endColumn() - 1) : 0;
            ProseLine.Quote part = line.quote(from, line.text().length());
            if (!part.text().isEmpty()) parts.add(part);
        }
        if (parts.isEmpty()) return;
        String text = String.join("\n", parts.stream().map(ProseLine.Quote::text).toList());
        SourceSpan first = parts.get(0).span();
        SourceSpan last = parts.get(parts.size() - 1).span();
        facts.add(new NarrativeFact(FactKind.SECTION_TEXT, null, List.of(), new Qualifier.OfSection(id), text,
                new SourceSpan(first.line(), first.column(), last.endLine(), last.endColumn())));
    }

    /** The prose lines of a section; when its heading was not found, none, or all of them if {@code orAll}. */
    private static List<ProseLine> linesOf(List<ProseLine> lines, SectionMap sections, SectionId id, boolean orAll) {
        return sections.lines(id)
                .map(r -> lines.subList(r.first() - 1, Math.min(r.last(), lines.size())))
                .orElse(orAll ? lines : List.of())
                .stream().filter(ProseLine::isProse).toList();
    }
}
