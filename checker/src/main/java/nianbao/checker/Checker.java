package nianbao.checker;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nianbao.checker.CheckerEngine.CheckedReport;
import nianbao.checker.corpus.CorpusAccuracy;
import nianbao.checker.CheckerEngine.Document;
import nianbao.checker.CheckerEngine.Options;
import nianbao.parse.ReportParser;
import nianbao.report.AgencyLevel;
import nianbao.validate.config.RuleSetConfig;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Severity;
import nianbao.validate.engine.Validator;

/**
 * The offline checker: {@code ./nianbao-check [--json] [--all] [--agency 名称] [--year Y] [--level LEVEL]
 * [--region 行政区划代码] <files or folders>}. Exit code 1 when any report has an ERROR-severity violation,
 * 2 on a usage error, 3 when no report has one but a file is not an annual report at all, else 0.
 */
public final class Checker {

    static final String USAGE = """
            usage: nianbao-check [--json] [--all] [--agency NAME] [--year YEAR] [--level LEVEL] [--region CODE] FILE|FOLDER...
                   nianbao-check --corpus FOLDER
              Checks 政府信息公开工作年度报告 files (.txt .html .htm .docx .doc .pdf; folders are searched) with the
              services' parser and rule catalogue. Unless given, the agency and its level are read from the
              report's text (title, first sentence, 发布机构/来源 line, signature; never the file name: when the
              report names no agency, S-TITLE says so) and the year from the title, else the file name. Several
              years of one agency are checked against each other (cross-year rules). A file without any section,
              table or title of an annual report is reported as not a report, without findings.
              --json     print JSON instead of a table
              --all      also list the checks that passed
              --level    one of MINISTRY PROVINCIAL_GOVERNMENT CITY_GOVERNMENT COUNTY_GOVERNMENT TOWNSHIP
                         PROVINCIAL_DEPARTMENT CITY_DEPARTMENT COUNTY_DEPARTMENT
              --region   6-digit region code, selects regional rule overrides (none configured offline)
              --corpus   score the checker on a development corpus (folders of report.txt + expected.properties,
                         see test-corpus/README.md): headline cells exact, violations found, false ERRORs
            exit code: 1 if a report has an ERROR-level violation, 2 on a usage error,
                       3 if none has but a file is not an annual report, 0 otherwise""";

    /** The exit code when a file is not an annual report (and no report has an ERROR violation). */
    static final int NOT_A_REPORT = 3;

    private static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".docx", ".doc", ".pdf");

    private Checker() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the checker; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        boolean all = false;
        String agency = null;
        Integer year = null;
        AgencyLevel level = null;
        String region = null;
        List<Path> inputs = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--json" -> json = true;
                    case "--all" -> all = true;
                    case "--agency" -> agency = value(args, ++i);
                    case "--year" -> year = Integer.valueOf(value(args, ++i));
                    case "--level" -> level = AgencyLevel.valueOf(value(args, ++i));
                    case "--region" -> region = value(args, ++i);
                    case "--corpus" -> {
                        CorpusAccuracy.Summary summary = new CorpusAccuracy(engine()).evaluate(Path.of(value(args, ++i)));
                        CorpusAccuracy.print(out, summary);
                        return summary.falseErrors() > 0 ? 1 : 0;
                    }
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> {
                        if (args[i].startsWith("--")) throw new IllegalArgumentException("unknown option " + args[i]);
                        inputs.add(Path.of(args[i]));
                    }
                }
            }
            if (inputs.isEmpty()) throw new IllegalArgumentException("no report file given");
            List<Document> documents = documents(inputs);
            if (documents.isEmpty()) throw new IllegalArgumentException("no report file (.txt .html .htm .docx .doc .pdf) found");
            List<CheckedReport> reports = engine().check(documents, new Options(agency, year, level, region));
            if (json) JsonOutput.print(out, reports, all);
            else TableOutput.print(out, reports, all);
            boolean errors = reports.stream().flatMap(r -> r.validation().findings().stream())
                    .anyMatch(f -> f.outcome() == Outcome.FAIL && f.severity() == Severity.ERROR);
            return errors ? 1 : reports.stream().anyMatch(CheckedReport::notAReport) ? NOT_A_REPORT : 0;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("nianbao-check: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }

    private static CheckerEngine engine() {
        return new CheckerEngine(new ReportParser(), new Validator(RuleSetConfig.defaults()));
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) throw new IllegalArgumentException(args[i - 1] + " needs a value");
        return args[i];
    }

    /** The report files named or found in the folders named, folders in file-name order. */
    static List<Document> documents(List<Path> inputs) {
        List<Document> documents = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) throw new IllegalArgumentException("no such file or folder: " + input);
            List<Path> files;
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    files = walk.filter(Files::isRegularFile).filter(Checker::isReport).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files = List.of(input);
            }
            for (Path f : files) {
                try {
                    documents.add(new Document(f.toString(), Files.readAllBytes(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + f, e);
                }
            }
        }
        return documents;
    }

    private static boolean isReport(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
