package nianbao.parse.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nianbao.report.FactKind;
import nianbao.report.LabelVariant;
import nianbao.report.NarrativeFact;
import nianbao.report.Qualifier;
import nianbao.report.SectionId;

/**
 * The figures a prose sentence states about applications, outcomes, reviews, litigation and regulatory documents
 * (domain-spec §6.4). A count belongs to a fact by the words leading up to it in its clause ({@link Sentence#lead}).
 * How each kind is represented is told on {@link NarrativeReader}.
 */
final class SentenceFacts {

    /** Where a count rule applies: anywhere, in a paragraph about applications, or in a sentence about disclosure. */
    private enum Context { ANYWHERE, APPLICATIONS, DISCLOSURE }

    /**
     * A count whose lead matches {@code lead} is a fact of {@code kind}; {@code context} APPLICATIONS: only in a
     * paragraph about applications (答复网民留言30件 answers no application); DISCLOSURE: only in section 四 or a
     * sentence about information disclosure (办理行政复议案件35件 of a justice bureau are no disclosure reviews).
     * Every match contains one of the {@code triggers} characters: a cheap test that spares most sentences the pattern.
     */
    private record CountRule(FactKind kind, Context context, String triggers, Pattern lead) {
    }

    private static final String REVIEW_AND_LITIGATION_EACH = "行政复议[和、及与]行政诉讼(案件)?(各|均|都)为?$";
    /** What may stand between the counted noun and its count: 行政复议案件共计2件, 行政诉讼的数量为0件. */
    private static final String COUNTED = "的?(案件|申请)?(数量?|总数|案件数)?(共计?|合计|总计)?(为|达|是)?(共计?)?$";
    private static final List<CountRule> COUNT_RULES = List.of(
            new CountRule(FactKind.APPLICATIONS_NATURAL_PERSONS, Context.APPLICATIONS, "然", Pattern.compile("自然人.{0,8}$")),
            new CountRule(FactKind.APPLICATIONS_LEGAL_PERSONS, Context.APPLICATIONS, "织", Pattern.compile("法人[或和及]?其他组织.{0,8}$")),
            // 顺延到下年度答复 is a carry-over, not an answer
            new CountRule(FactKind.APPLICATIONS_CLOSED, Context.APPLICATIONS, "结复毕",
                    Pattern.compile("^(?!.*(结转|顺延)).*(办结|答复|办理完毕|处理完毕).{0,15}$")),
            new CountRule(FactKind.APPLICATIONS_CARRIED_OVER, Context.APPLICATIONS, "转延",
                    Pattern.compile("(结转|顺延)[至到]?(下一?年度?|\\d{4}年度?).{0,8}$")),
            // the counted noun itself: 行政复议被纠错0件 counts corrections; 行政复议和行政诉讼均为0件 counts each, 共3件 neither
            new CountRule(FactKind.REVIEW_COUNT, Context.DISCLOSURE, "议", Pattern.compile("行政复议" + COUNTED + "|" + REVIEW_AND_LITIGATION_EACH)),
            new CountRule(FactKind.LITIGATION_COUNT, Context.DISCLOSURE, "讼",
                    Pattern.compile("(?<!行政复议[和、及与])行政诉讼" + COUNTED + "|" + REVIEW_AND_LITIGATION_EACH)),
            new CountRule(FactKind.REGDOC_MADE, Context.ANYWHERE, "范",
                    Pattern.compile("((制发|制定|出台|印发)了?(行政)?规范性文件|规范性文件.{0,6}(制发|制定|出台|印发)).{0,4}$")),
            new CountRule(FactKind.REGDOC_VALID, Context.ANYWHERE, "范",
                    Pattern.compile("(现行有效的?(行政)?规范性文件|规范性文件.{0,8}现行有效).{0,4}$")));
    /** A sentence about information disclosure, where reviews and lawsuits are those of disclosure. */
    private static final Pattern DISCLOSURE = Pattern.compile("信息公开|依申请公开|政务公开|公开申请");

    /** A sentence containing {@code keyword} and matching {@code pattern} states a zero of {@code kind}. */
    private record ZeroRule(FactKind kind, String keyword, Pattern pattern) {

        boolean aboutReviews() {
            return kind == FactKind.REVIEW_COUNT || kind == FactKind.LITIGATION_COUNT || kind == FactKind.NO_REVIEW_OR_LITIGATION;
        }
    }

    private static final String NO = "(未|没有|无)";
    private static final String IN_CLAUSE = "[^，,。；;]";
    private static final ZeroRule NO_REVIEW_NOR_LITIGATION = new ZeroRule(FactKind.NO_REVIEW_OR_LITIGATION, "行政诉讼",
            Pattern.compile(NO + IN_CLAUSE + "{0,20}行政复议" + IN_CLAUSE + "{0,8}行政诉讼"));
    private static final List<ZeroRule> ZERO_RULES = List.of(
            // 未收到行政复议申请 / 咨询申请 says nothing of information applications; 无申请人… is no statement
            new ZeroRule(FactKind.APPLICATIONS_NONE, "申请", Pattern.compile(
                    NO + "(收到|受理|接收|接到)(?!" + IN_CLAUSE + "{0,20}(复议|诉讼|咨询|留言|信访|投诉|举报))" + IN_CLAUSE + "{0,20}申请"
                            + "|(无|没有)(政府信息)?(公开)?申请(?!人|延期)|(无|没有)依申请公开(情况|事项)")),
            new ZeroRule(FactKind.APPLICATIONS_CARRIED_OVER, "结转", Pattern.compile("(无|没有)(结转[至到]?下一?年度?|下一?年度?结转)")),
            NO_REVIEW_NOR_LITIGATION,
            new ZeroRule(FactKind.REVIEW_COUNT, "行政复议", Pattern.compile(NO + IN_CLAUSE + "{0,20}行政复议")),
            new ZeroRule(FactKind.LITIGATION_COUNT, "行政诉讼", Pattern.compile(NO + IN_CLAUSE + "{0,20}行政诉讼")));

    private static final Pattern REVIEW_CLAIM = Pattern.compile("均(获|被|予以)?维持|全部(获得?|被)?维持|未被(纠错|纠正|撤销)|无被?纠错");

    /**
     * 收到/受理/接收 + 申请 (依申请公开 included when the verb is there: chaoyang 收到政府信息依申请公开0件次), but not
     * 受理行政复议申请, which counts reviews.
     */
    private static final Pattern RECEIVED = Pattern.compile(
            "(?<!未|没有|无)(?<verb>收到|受理|接收|接到|新收)(?!" + IN_CLAUSE + "*(复议|诉讼))" + IN_CLAUSE + "{0,25}?申请.{0,10}$");
    private static final Pattern NEWLY_RECEIVED = Pattern.compile("新收.{0,10}$");
    private static final Pattern CARRIED_IN = Pattern.compile("(上年|上一年度?|去年)结转.{0,10}$");
    /** 共受理申请35件（含上年结转3件）: the total includes the carried-over applications. */
    private static final Pattern INCLUDED = Pattern.compile("含|包括");
    private static final Pattern CHANNEL = Pattern.compile("(?<channel>当面|现场|窗口|网络|网上|在线|互联网|信函|邮寄|电子邮件|邮件|传真|电话)" + IN_CLAUSE + "{0,6}$");
    /**
     * A sentence is about handling applications when one of these verbs stands at most {@link #APPLICATION_REACH}
     * characters before 申请 (收到…申请) or after it (申请…办结); outcome words elsewhere describe documents (the
     * chaoyang trap).
     */
    private static final List<String> HANDLED_BEFORE = List.of("收到", "受理", "接收", "接到", "新收", "办结", "答复", "办理");
    private static final List<String> HANDLED_AFTER = List.of("办结", "答复", "办理", "受理");
    private static final int APPLICATION_REACH = 30;
    private static final Pattern PERCENT = Pattern.compile(
            "^[，,]?\\s*约?占比?(为|达)?(?<base>[^，,。；;%％]{0,16}?)(?<percent>\\d+(\\.\\d+)?)\\s*[%％]");
    private static final Pattern TOTAL_WORD = Pattern.compile("共|合计|总计|累计");
    /** Of several counts of one kind in a sentence (per department), the one stated for everything, if one is. */
    private static final Pattern WHOLE_WORD = Pattern.compile("共|合计|总计|全年|全部");
    /** Verbs that make a count the total of its own clause (收到749件 after 共办理718件: two totals). */
    private static final Pattern HANDLING_VERB = Pattern.compile("收到|受理|接收|接到|新收|办理|办结|答复|处理|发布|公开|制发|印发|报送");
    /** What may separate a total from the 其中 of its breakdown: punctuation and space (brackets are skipped). */
    private static final Pattern ADJACENT = Pattern.compile("^[\\s，,：:；;]*$");
    private static final int BRACKET_REACH = 60;
    /** Figures that follow a breakdown in the same sentence without being part of it. */
    private static final Set<FactKind> NOT_PARTS = EnumSet.of(FactKind.APPLICATIONS_CLOSED, FactKind.APPLICATIONS_CARRIED_OVER,
            FactKind.REVIEW_COUNT, FactKind.LITIGATION_COUNT);

    /** Outcome wording (current and pre-2019) and the table rows it counts. */
    private record OutcomeLabel(String written, Qualifier.T3Rows rows, String currentTerm) {
    }

    private static Qualifier.T3Rows rows(String... ids) {
        return new Qualifier.T3Rows(List.of(ids));
    }

    private static final List<OutcomeLabel> OUTCOME_LABELS = List.of(
            new OutcomeLabel("予以公开及部分公开", rows("R3.1", "R3.2"), null),
            new OutcomeLabel("予以公开和部分公开", rows("R3.1", "R3.2"), null),
            new OutcomeLabel("属于已主动公开范围", rows("R3.1"), "予以公开"),
            new OutcomeLabel("同意部分公开", rows("R3.2"), "部分公开"),
            new OutcomeLabel("不同意公开", rows("R3.3"), "不予公开"),
            new OutcomeLabel("同意公开", rows("R3.1"), "予以公开"),
            new OutcomeLabel("不属于本行政机关", rows("R3.4.1"), "本机关不掌握相关政府信息"),
            new OutcomeLabel("予以公开", rows("R3.1"), null),
            new OutcomeLabel("部分公开", rows("R3.2"), null),
            new OutcomeLabel("不予公开", rows("R3.3"), null),
            new OutcomeLabel("无法提供", rows("R3.4"), null),
            new OutcomeLabel("不予处理", rows("R3.5"), null),
            new OutcomeLabel("其他处理", rows("R3.6"), null));
    private static final Pattern OUTCOME = Pattern.compile("(?<label>"
            + OUTCOME_LABELS.stream().map(OutcomeLabel::written).collect(Collectors.joining("|"))
            + ")的?(政府信息)?(公开)?(申请)?(共|共计|为)?$");

    private final List<NarrativeFact> facts = new ArrayList<>();
    private final List<LabelVariant> labelVariants = new ArrayList<>();
    /** The paragraphs read so far under the current sub-head are about applications. */
    private boolean applicationsTopic;
    private SectionId section;

    List<NarrativeFact> facts() {
        return facts;
    }

    List<LabelVariant> labelVariants() {
        return labelVariants;
    }

    /**
     * Reads the next paragraph, which stands in {@code section} (null before the first heading). Outcome words,
     * channels, applicants, closings and carry-overs count only in section 三 or where the text is about
     * applications: from the first sentence that handles 申请 on, through the following paragraphs up to the next
     * sub-head or section.
     */
    void read(ProseLine line, SectionId section) {
        Sentence previous = null;
        NarrativeFact lastReceived = null;
        if (line.opensWithSubhead() || section != this.section) applicationsTopic = false;
        this.section = section;
        for (Sentence s : Sentence.of(line)) {
            // only reviews and lawsuits (复议, 诉讼) need it: most sentences are spared the pattern
            boolean aboutDisclosure = containsAny(s.text(), "议讼")
                    && (section == SectionId.REVIEW_LITIGATION || DISCLOSURE.matcher(s.text()).find());
            zeroRules(s, aboutDisclosure);
            if (aboutDisclosure) reviewClaims(s);
            applicationsTopic = applicationsTopic || aboutApplications(s);
            boolean aboutApplications = applicationsTopic || section == SectionId.APPLICATIONS;
            if (s.counts().isEmpty()) {
                previous = s;
                continue;
            }
            NarrativeFact received = received(s);
            if (received != null) lastReceived = received;
            countRules(s, aboutApplications, aboutDisclosure);
            if (aboutApplications) {
                channels(s, received != null ? received : lastReceived, received != null);
                outcomes(s);
            }
            percents(s);
            internalSums(s, previous);
            previous = s;
        }
    }

    /** One String.indexOf per character sought (a few): far faster than a lookup per character of the sentence. */
    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (text.indexOf(chars.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /**
     * Searched by hand around each 申请: this runs for every sentence of every report. A sentence that counts other
     * matters (收到咨询和申请50件) opens no paragraph about applications.
     */
    private static boolean aboutApplications(Sentence s) {
        String text = s.text();
        for (int at = text.indexOf("申请"); at >= 0; at = text.indexOf("申请", at + 2)) {
            for (String verb : HANDLED_BEFORE) {
                int v = text.indexOf(verb, Math.max(0, at - APPLICATION_REACH - verb.length()));
                if (v >= 0 && v + verb.length() <= at) return !Scope.otherMatter(s, s.end());
            }
            for (String verb : HANDLED_AFTER) {
                int v = text.indexOf(verb, at + 2);
                if (v >= 0 && v <= at + 2 + APPLICATION_REACH) return !Scope.otherMatter(s, s.end());
            }
        }
        return false;
    }

    private static boolean matches(ZeroRule rule, String text) {
        return text.contains(rule.keyword()) && rule.pattern().matcher(text).find();
    }

    /**
     * The year's applications: a count led by 收到/受理…申请, not a part (其中…), not of a month or against another
     * year, in a sentence counting no other matter; of several (per department), the one stated for all.
     */
    private NarrativeFact received(Sentence s) {
        List<Count> candidates = new ArrayList<>();
        for (Count c : s.counts()) {
            if (c.approximate() || c.isMoney()) continue;
            String lead = s.lead(c);
            if (RECEIVED.matcher(lead).find() && !Scope.notTheYear(lead) && !Scope.amongOthers(s, c) && !Scope.otherMatter(s, c.start())) {
                candidates.add(c);
            }
        }
        for (Count c : theYearsOwn(s, candidates)) {
            Matcher m = RECEIVED.matcher(s.lead(c));
            if (!m.find()) continue;
            Qualifier.T3Rows qualifier = m.group("verb").equals("新收") ? rows("R1") : null;
            List<BigDecimal> parts = List.of();
            boolean certain = c.certain();
            int evidenceEnd = c.end();
            Count fresh = following(s, c, NEWLY_RECEIVED);
            Count carried = following(s, c, CARRIED_IN);
            boolean carriedIncluded = carried != null && (fresh != null || INCLUDED.matcher(s.lead(carried)).find());
            if (qualifier == null && carriedIncluded) {
                qualifier = rows("R1", "R2");
                parts = fresh != null ? List.of(fresh.value(), carried.value()) : List.of();
                certain = certain && carried.certain() && (fresh == null || fresh.certain());
                evidenceEnd = Math.max(fresh != null ? fresh.end() : 0, carried.end());
            }
            NarrativeFact fact = fact(FactKind.APPLICATIONS_RECEIVED, c.value(), parts, qualifier,
                    s.line().clauses(c.start(), evidenceEnd), certain);
            facts.add(fact);
            return fact;
        }
        return null;
    }

    /** The first exact count after {@code after} in the sentence whose lead matches. */
    private static Count following(Sentence s, Count after, Pattern lead) {
        for (Count c : s.counts()) {
            if (c.start() > after.start() && !c.approximate() && lead.matcher(s.lead(c)).find()) return c;
        }
        return null;
    }

    /** 当面申请1件，网络申请3件，信函申请12件: value = the total stated with it, if any. */
    private void channels(Sentence s, NarrativeFact total, boolean totalInSentence) {
        List<Count> split = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Count c : s.counts()) {
            Matcher m = CHANNEL.matcher(s.lead(c));
            if (c.approximate() || c.isMoney() || !m.find()) continue;
            split.add(c);
            names.add(m.group("channel"));
        }
        if (split.size() < 2) return;
        int from = totalInSentence ? s.line().indexAtColumn(total.span().column() - 1) : split.get(0).start();
        facts.add(fact(FactKind.APPLICATIONS_BY_CHANNEL, total == null ? null : total.value(),
                split.stream().map(Count::value).toList(), new Qualifier.Channels(names),
                s.line().clauses(from, split.get(split.size() - 1).end()), (total == null || total.certain()) && allCertain(split)));
    }

    private void countRules(Sentence s, boolean aboutApplications, boolean aboutDisclosure) {
        for (CountRule rule : COUNT_RULES) {
            boolean inContext = switch (rule.context()) {
                case ANYWHERE -> true;
                case APPLICATIONS -> aboutApplications;
                case DISCLOSURE -> aboutDisclosure;
            };
            if (!inContext || !containsAny(s.text(), rule.triggers())) continue;
            List<Count> candidates = new ArrayList<>();
            for (Count c : s.counts()) {
                if (c.approximate() || c.isMoney()) continue;
                String lead = s.lead(c);
                if (rule.lead().matcher(lead).find() && inScope(rule.kind(), s, c, lead)) candidates.add(c);
            }
            for (Count c : theYearsOwn(s, candidates)) {
                facts.add(fact(rule.kind(), c.value(), List.of(), null, s.line().clauses(c.start(), c.end()), c.certain()));
            }
        }
    }

    /**
     * Whether a count the lead of {@code kind} names states the year's figure: not of a month, against another year
     * or cumulative; a closing count also neither a part (其中…办结9件), nor some of the applications (按时办结9件),
     * nor in a sentence counting other matters; a carry-over count not in such a sentence either.
     */
    private static boolean inScope(FactKind kind, Sentence s, Count c, String lead) {
        if (Scope.notTheYear(lead)) return false;
        return switch (kind) {
            case APPLICATIONS_CLOSED -> !Scope.amongOthers(s, c) && !Scope.someClosed(lead) && !Scope.otherMatter(s, c.start());
            case APPLICATIONS_CARRIED_OVER -> !Scope.otherMatter(s, c.start());
            default -> true;
        };
    }

    /**
     * The counts of one kind that state the year's figure: a lone one, or of several (区财政局办结1件，区住建局办结2件)
     * the one led by 共/全年/全部…; none when that does not single one out.
     */
    private static List<Count> theYearsOwn(Sentence s, List<Count> candidates) {
        if (candidates.size() <= 1) return candidates;
        List<Count> whole = candidates.stream().filter(c -> WHOLE_WORD.matcher(s.lead(c)).find()).toList();
        return whole.size() == 1 ? whole : List.of();
    }

    /** Statements of none; those about reviews and lawsuits only in a sentence about disclosure (or section 四). */
    private void zeroRules(Sentence s, boolean aboutDisclosure) {
        String text = s.text();
        if (!containsAny(text, "未没无")) return;
        boolean neitherReviewNorLitigation = aboutDisclosure && matches(NO_REVIEW_NOR_LITIGATION, text);
        for (ZeroRule rule : ZERO_RULES) {
            boolean coveredByBoth = neitherReviewNorLitigation
                    && (rule.kind() == FactKind.REVIEW_COUNT || rule.kind() == FactKind.LITIGATION_COUNT);
            if (coveredByBoth || rule.aboutReviews() && !aboutDisclosure || !text.contains(rule.keyword())) continue;
            Matcher m = rule.pattern().matcher(text);
            if (!m.find()) continue;
            facts.add(fact(rule.kind(), BigDecimal.ZERO, List.of(), null, s.line().clauses(s.start() + m.start(), s.start() + m.end())));
        }
    }

    /**
     * 均获维持 / 未被纠错 about reviews: 复议 is named before the claim, and is the last named of 复议 and 诉讼 unless the
     * claim speaks of all that were named (复议7件，诉讼9件，均获维持); 行政诉讼1件，均获维持 is no review claim.
     */
    private void reviewClaims(Sentence s) {
        if (!s.text().contains("维持") && !s.text().contains("纠")) return;
        Matcher m = REVIEW_CLAIM.matcher(s.text());
        while (m.find()) {
            String before = s.text().substring(0, m.start());
            boolean collective = m.group().startsWith("均") || m.group().startsWith("全部");
            if (before.lastIndexOf("复议") < 0 || (before.lastIndexOf("复议") < before.lastIndexOf("诉讼") && !collective)) continue;
            facts.add(fact(FactKind.REVIEW_OUTCOME_CLAIM, null, List.of(), Qualifier.ReviewClaim.of(m.group()),
                    s.line().clauses(s.start() + m.start(), s.start() + m.end())));
        }
    }

    private void outcomes(Sentence s) {
        Map<Qualifier.T3Rows, List<Count>> byRows = new LinkedHashMap<>();
        for (Count c : s.counts()) {
            if (c.approximate() || c.isMoney()) continue;
            String lead = s.lead(c);
            Matcher m = OUTCOME.matcher(lead);
            if (!m.find() || Scope.notTheYear(lead)) continue;
            OutcomeLabel label = label(m.group("label"));
            byRows.computeIfAbsent(label.rows(), r -> new ArrayList<>()).add(c);
            if (label.currentTerm() != null) {
                int at = c.start() - lead.length() + m.start("label");
                labelVariants.add(new LabelVariant("narrative", label.written(), label.currentTerm(),
                        s.line().quote(at, at + label.written().length()).span()));
            }
        }
        byRows.forEach((rows, counts) -> {
            BigDecimal sum = counts.stream().map(Count::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<BigDecimal> parts = counts.size() > 1 ? counts.stream().map(Count::value).toList() : List.of();
            facts.add(fact(FactKind.OUTCOME, sum, parts, rows,
                    s.line().clauses(counts.get(0).start(), counts.get(counts.size() - 1).end()), allCertain(counts)));
        });
    }

    /** N件，占X%: value = X, parts = [N] or [N, base]; qualifier = the outcome rows N counts, if it names them. */
    private void percents(Sentence s) {
        for (Count c : s.counts()) {
            Matcher m = PERCENT.matcher(s.after(c));
            if (c.approximate() || c.isMoney() || !m.find()) continue;
            List<Count> stated = new ArrayList<>(List.of(c));
            Count.in(m.group("base"), at -> false).stream().filter(b -> !b.approximate()).findFirst().ifPresent(stated::add);
            Matcher outcome = OUTCOME.matcher(s.lead(c));
            Qualifier.T3Rows rows = outcome.find() ? label(outcome.group("label")).rows() : null;
            facts.add(fact(FactKind.PERCENT, new BigDecimal(m.group("percent")), stated.stream().map(Count::value).toList(), rows,
                    s.line().clauses(c.start(), c.end() + m.end()), allCertain(stated)));
        }
    }

    /**
     * 共…N条，其中a条、b条… (also when 其中 opens the next sentence, as in qidong): the total is the count right before
     * 其中, separated from it by punctuation only (共办理718件，收到749件，其中… breaks down the 749); when 其中 opens a
     * sentence, the previous sentence's count introduced by 共/合计…, else its only count, unless that sentence states
     * several totals of different handling verbs. The parts are the later counts of the same unit up to the next 其中,
     * except bases of percentages (占申请总数400件的…), counts in brackets, comparisons with another year (同比增长20条)
     * and closing, carry-over, review and litigation counts; at least two parts, none approximate, or no fact.
     */
    private void internalSums(Sentence s, Sentence previous) {
        List<Integer> amongThem = new ArrayList<>();
        for (int i = s.text().indexOf("其中"); i >= 0; i = s.text().indexOf("其中", i + 2)) amongThem.add(s.start() + i);
        List<Count> counts = s.counts();
        int next = 0;
        for (int k = 0; k < amongThem.size(); k++) {
            int at = amongThem.get(k);
            int listEnd = k + 1 < amongThem.size() ? amongThem.get(k + 1) : s.end();
            // the total stands between the previous 其中 (or the sentence start) and this one; the parts up to the next
            int firstBefore = next;
            while (next < counts.size() && counts.get(next).end() <= at) next++;
            List<Count> before = counts.subList(firstBefore, next).stream().filter(c -> !c.isMoney()).toList();
            Count total = !before.isEmpty() ? totalBefore(s, before, at) : k == 0 && previous != null ? totalOfPrevious(previous) : null;
            if (total == null || total.approximate()) continue;
            List<Count> parts = new ArrayList<>();
            for (int i = next; i < counts.size() && counts.get(i).end() <= listEnd; i++) {
                Count c = counts.get(i);
                String lead = s.lead(c);
                if (c.unit().equals(total.unit()) && !insideBrackets(s, c) && !lead.contains("占") && !otherFigure(s, c)
                        && !Scope.againstOtherYears(lead)) {
                    parts.add(c);
                }
            }
            if (parts.size() < 2 || parts.stream().anyMatch(Count::approximate)) continue;
            facts.add(fact(FactKind.INTERNAL_SUM, total.value(), parts.stream().map(Count::value).toList(), null,
                    s.line().clauses(total.start(), parts.get(parts.size() - 1).end()), total.certain() && allCertain(parts)));
        }
    }

    /** 共收到申请16件，其中自然人15件，法人1件，已全部办结16件: the closing count is no part of the breakdown. */
    private static boolean otherFigure(Sentence s, Count c) {
        String lead = s.lead(c);
        return COUNT_RULES.stream().anyMatch(rule -> NOT_PARTS.contains(rule.kind()) && rule.lead().matcher(lead).find());
    }

    /** In the sentence of 其中: the last count before it outside brackets, when only punctuation separates them. */
    private static Count totalBefore(Sentence s, List<Count> before, int amongThem) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Count c = before.get(i);
            if (insideBrackets(s, c)) continue;
            String between = withoutBrackets(s.line().text().substring(c.end(), amongThem));
            return ADJACENT.matcher(between).find() ? c : null;
        }
        return null;
    }

    /** Text outside （…） and (…). */
    private static String withoutBrackets(String text) {
        StringBuilder outside = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') depth++;
            else if ((c == '）' || c == ')') && depth > 0) depth--;
            else if (depth == 0) outside.append(c);
        }
        return outside.toString();
    }

    /**
     * When 其中 opens a sentence: the previous sentence's count introduced by 共/合计…, else its only count; none when
     * that sentence states totals of different verbs (共办理718件…收到749件: which one is broken down is not said).
     */
    private static Count totalOfPrevious(Sentence previous) {
        List<Count> counts = previous.counts().stream().filter(c -> !c.isMoney()).toList();
        List<String> verbs = new ArrayList<>();
        for (Count c : counts) {
            Matcher verb = HANDLING_VERB.matcher(previous.lead(c));
            if (verb.find() && !verbs.contains(verb.group())) verbs.add(verb.group());
        }
        if (verbs.size() > 1) return null;
        Count introduced = lastIntroduced(previous, counts);
        return introduced != null ? introduced : counts.size() == 1 ? counts.get(0) : null;
    }

    private static Count lastIntroduced(Sentence s, List<Count> counts) {
        Count introduced = null;
        for (Count c : counts) {
            if (TOTAL_WORD.matcher(s.lead(c)).find()) introduced = c;
        }
        return introduced;
    }

    /** A count inside （…） explains a part rather than being one; brackets further back than a lead are not looked for. */
    private static boolean insideBrackets(Sentence s, Count c) {
        String text = s.line().text();
        for (int i = c.start() - 1; i >= Math.max(s.start(), c.start() - BRACKET_REACH); i--) {
            char ch = text.charAt(i);
            if (ch == '）' || ch == ')') return false;
            if (ch == '（' || ch == '(') return true;
        }
        return false;
    }

    private static OutcomeLabel label(String written) {
        return OUTCOME_LABELS.stream().filter(l -> l.written().equals(written)).findFirst().orElseThrow();
    }

    static NarrativeFact fact(FactKind kind, BigDecimal value, List<BigDecimal> parts, Qualifier qualifier, ProseLine.Quote quote) {
        return fact(kind, value, parts, qualifier, quote, true);
    }

    /** {@code certain}: whether every figure of the fact was read as certain ({@link Count}). */
    static NarrativeFact fact(FactKind kind, BigDecimal value, List<BigDecimal> parts, Qualifier qualifier, ProseLine.Quote quote,
                              boolean certain) {
        return new NarrativeFact(kind, value, parts, qualifier, quote.text(), quote.span(), certain);
    }

    private static boolean allCertain(List<Count> counts) {
        return counts.stream().allMatch(Count::certain);
    }
}
