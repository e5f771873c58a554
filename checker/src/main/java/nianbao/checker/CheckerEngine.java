package nianbao.checker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nianbao.parse.ReportParser;
import nianbao.parse.extract.UnreadableDocumentException;
import nianbao.report.AgencyLevel;
import nianbao.report.AgencyNames;
import nianbao.report.ParsedReport;
import nianbao.report.ReportRecognition;
import nianbao.validate.engine.ReportContext;
import nianbao.validate.engine.Validation;
import nianbao.validate.engine.Validator;

/**
 * The services' parse + validate code on files: {@link ReportParser} then {@link Validator}, with the files'
 * reports as each other's history, so several years of one agency get the cross-year rules.
 */
public final class CheckerEngine {

    /** One report file. */
    public record Document(String fileName, byte[] content) {
    }

    /** What the user said about the reports; null fields are inferred per file. */
    public record Options(String agency, Integer year, AgencyLevel level, String regionCode) {

        public static Options none() {
            return new Options(null, null, null, null);
        }
    }

    /** One file's outcome; {@code report} is null when the document could not be read. */
    public record CheckedReport(String fileName, ReportContext context, ParsedReport report, Validation validation) {

        /** Read, but without any section, table or title of an annual report ({@link ReportRecognition}). */
        public boolean notAReport() {
            return report != null && !ReportRecognition.of(report).isReport();
        }
    }

    private final ReportParser parser;
    private final Validator validator;

    public CheckerEngine(ReportParser parser, Validator validator) {
        this.parser = parser;
        this.validator = validator;
    }

    public List<CheckedReport> check(List<Document> documents, Options options) {
        List<ReportContext> contexts = new ArrayList<>();
        List<ParsedReport> reports = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        List<Boolean> asReport = new ArrayList<>();
        AgencyHistory history = new AgencyHistory();
        for (Document d : documents) {
            ParsedReport report = null;
            String reason = null;
            try {
                report = parser.parse(d.content(), d.fileName(), mediaType(d.fileName()));
            } catch (UnreadableDocumentException e) {
                reason = e.getMessage();
            }
            boolean isReport = report != null && ReportRecognition.of(report).isReport();
            ReportContext ctx = context(d.fileName(), report, options, isReport);
            contexts.add(ctx);
            reports.add(report);
            unreadable.add(reason);
            asReport.add(isReport);
            if (isReport) history.record(ctx, report);
        }
        List<CheckedReport> checked = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            ReportContext ctx = contexts.get(i);
            ParsedReport report = reports.get(i);
            Validation validation = report == null ? validator.unreadable(ctx, unreadable.get(i))
                    : !asReport.get(i) ? validator.notAReport(ctx, ReportRecognition.NOT_A_REPORT_ZH)
                    : validator.validate(ctx, report,
                    history.priorYear(ctx.agencyId(), ctx.reportYear()).map(AgencyHistory.Entry::report).orElse(null));
            checked.add(new CheckedReport(documents.get(i).fileName(), ctx, report, validation));
        }
        return checked;
    }

    /**
     * The agency id is the agency's name, or the file name when the report names none: an id only (it keys the
     * cross-year history, so two unnamed files are never taken for one agency), never shown as a name. A document that
     * is no report needs no year.
     */
    private static ReportContext context(String fileName, ParsedReport report, Options options, boolean isReport) {
        ReportIdentity inferred = ReportIdentity.infer(report, fileName);
        String agency = options.agency() != null ? options.agency() : inferred.agencyName();
        Integer year = options.year() != null ? options.year() : inferred.year();
        if (year == null && isReport) {
            throw new IllegalArgumentException(fileName + ": the report year is neither in the title nor in the file name; pass --year");
        }
        AgencyLevel level = options.level() != null ? options.level()
                : options.agency() != null ? AgencyNames.levelOf(options.agency()) : inferred.level();
        return new ReportContext(fileName, agency != null ? agency : fileName, agency, options.regionCode(), level,
                year == null ? 0 : year, null);
    }

    /** The media type the services receive with a submission, from the file's extension (null: let the parser sniff). */
    static String mediaType(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) return "text/plain";
        if (name.endsWith(".html") || name.endsWith(".htm")) return "text/html";
        if (name.endsWith(".docx")) return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        if (name.endsWith(".doc")) return "application/msword";
        if (name.endsWith(".pdf")) return "application/pdf";
        return null;
    }
}
