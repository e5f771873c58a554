package nianbao.validate.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nianbao.report.FormatVersion;
import nianbao.report.tables.CellRef;
import nianbao.validate.engine.Rule;
import nianbao.validate.engine.Severity;

/** The metadata every rule carries; subclasses add what they read and how they check. */
public abstract class CatalogueRule implements Rule {

    /** Both statutory formats. */
    protected static final Set<FormatVersion> ALL_VERSIONS = EnumSet.of(FormatVersion.V2019, FormatVersion.V2021);

    private final String id;
    private final Severity severity;
    private final String formula;
    private final Set<FormatVersion> versions;

    protected CatalogueRule(String id, Severity severity, String formula, Set<FormatVersion> versions) {
        this.id = id;
        this.severity = severity;
        this.formula = formula;
        this.versions = Set.copyOf(versions);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Set<FormatVersion> versions() {
        return versions;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String formula() {
        return formula;
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return List.of();
    }

    @Override
    public String toString() {
        return id;
    }
}
