package nianbao.validate.rules.structure;

import java.util.ArrayList;
import java.util.List;
import nianbao.report.FactKind;
import nianbao.report.NarrativeFact;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;

/**
 * The title reads {@code <agency><Y>年政府信息公开工作年度报告}: the agency's name, the year and the canonical wording;
 * accepted variants (…政府信息公开年度报告, …工作报告, …年报) are noted. The services know the agency (the registered
 * submitter); the offline checker may not, when the report names no one it can place: then the name is not checked
 * and the finding says it could not be determined (NOT_ASSESSABLE when nothing else is wrong).
 */
public final class STitle extends CatalogueRule {

    private static final String CANONICAL = "政府信息公开工作年度报告";
    private static final String UNKNOWN_AGENCY_ZH = "机关全称无法确定：标题、首句、发布机构和落款均未载明可确定的机关全称，未核对标题中的机关名称";
    private static final String UNKNOWN_AGENCY_EN = "the agency's full name could not be determined from the report, so it was not checked";

    public STitle() {
        super("S-TITLE", Severity.INFO, "title = <agency><Y>年" + CANONICAL, ALL_VERSIONS);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        int year = input.context().reportYear();
        String agency = input.context().agencyName();
        boolean agencyKnown = agency != null && !agency.isBlank();
        String expected = (agencyKnown ? agency : "<机关全称>") + year + "年" + CANONICAL;
        List<NarrativeFact> titles = input.report().facts(FactKind.TITLE);
        if (titles.isEmpty()) {
            return List.of(Checks.plain(Outcome.FAIL, null, formula(), List.of(Operand.item("TITLE")), expected, null,
                    "未找到报告标题，应为“" + expected + "”。", "No title found; expected \"" + expected + "\"."));
        }
        NarrativeFact title = titles.get(0);
        String written = title.qualifierText();
        String text = written == null ? "" : written.replaceAll("\\s+", "");
        List<String> problems = new ArrayList<>();
        List<String> problemsEn = new ArrayList<>();
        if (agencyKnown && !text.contains(agency.replaceAll("\\s+", ""))) {
            problems.add("未含机关全称“" + agency + "”");
            problemsEn.add("lacks the agency's name " + agency);
        }
        if (!text.contains(year + "年")) {
            problems.add("未含年度“" + year + "年”");
            problemsEn.add("lacks the year " + year);
        }
        if (!text.contains(CANONICAL)) {
            problems.add("未采用规范名称“" + CANONICAL + "”");
            problemsEn.add("does not use the wording " + CANONICAL);
        }
        List<Operand> operands = List.of(new Operand("TITLE", null, written, title.span()));
        String unknownZh = agencyKnown ? "" : "（" + UNKNOWN_AGENCY_ZH + "）";
        String unknownEn = agencyKnown ? "" : " (" + UNKNOWN_AGENCY_EN + ")";
        Evaluation e;
        if (!problems.isEmpty()) {
            e = Checks.plain(Outcome.FAIL, null, formula(), operands, expected, written,
                    "标题“" + written + "”" + String.join("，", problems) + "；规范标题为“" + expected + "”" + unknownZh + "。",
                    "The title \"" + written + "\" " + String.join(", ", problemsEn) + "; expected \"" + expected + "\""
                            + unknownEn + ".");
        } else if (!agencyKnown) {
            e = Checks.plain(Outcome.NOT_ASSESSABLE, null, formula(), operands, expected, written,
                    "标题含年度和规范名称；" + UNKNOWN_AGENCY_ZH + "。",
                    "The title has the year and the canonical wording; " + UNKNOWN_AGENCY_EN + ".");
        } else {
            e = Checks.plain(Outcome.PASS, null, formula(), operands, expected, written, "标题规范。", "The title is as expected.");
        }
        return List.of(e.withQuote(title.quote()));
    }
}
