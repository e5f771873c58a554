package nianbao.validate.engine;

import java.util.List;
import java.util.Set;
import nianbao.report.FormatVersion;
import nianbao.report.tables.CellRef;

/** One rule of the catalogue (domain-spec §6). Implementations are stateless and pure. */
public interface Rule {

    /** The id of domain-spec §6.8, e.g. {@code T3-BALANCE}. */
    String id();

    /** The format versions the rule applies to. */
    Set<FormatVersion> versions();

    /** The severity of a violation, unless an evaluation says otherwise or configuration overrides it. */
    Severity severity();

    /** The general formula or condition, as in the catalogue. */
    String formula();

    /** The table cells the rule reads in {@code version} (empty for rules on narrative or structure). */
    List<CellRef> reads(FormatVersion version);

    List<Evaluation> evaluate(RuleInput input);
}
