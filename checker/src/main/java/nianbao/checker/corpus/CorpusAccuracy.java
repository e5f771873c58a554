package nianbao.checker.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.checker.CheckerEngine;
import nianbao.checker.CheckerEngine.Document;
import nianbao.checker.CheckerEngine.Options;

/**
 * The checker on the whole development corpus, against the hand-written expectations: {@code ./nianbao-check
 * --corpus test-corpus}. Each report is checked with its stated year (agency and level inferred, as for any file).
 */
public final class CorpusAccuracy {

    /** The scores of every report, and their sums. */
    public record Summary(List<CorpusScore> scores) {

        public int cellsExpected() {
            return scores.stream().mapToInt(CorpusScore::cellsExpected).sum();
        }

        public int cellsExact() {
            return scores.stream().mapToInt(CorpusScore::cellsExact).sum();
        }

        public int falseErrors() {
            return scores.stream().mapToInt(s -> s.falseErrors().size()).sum();
        }

        public int violationsLabelled() {
            return scores.stream().mapToInt(s -> s.violationsFound().size() + s.violationsMissed().size()).sum();
        }

        public int violationsFound() {
            return scores.stream().mapToInt(s -> s.violationsFound().size()).sum();
        }
    }

    private final CheckerEngine engine;

    public CorpusAccuracy(CheckerEngine engine) {
        this.engine = engine;
    }

    public Summary evaluate(Path corpus) {
        List<CorpusScore> scores = new ArrayList<>();
        for (CorpusReport expected : CorpusReport.readAll(corpus)) {
            byte[] content;
            try {
                content = Files.readAllBytes(expected.report());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + expected.report(), e);
            }
            CheckerEngine.CheckedReport checked = engine.check(List.of(new Document(expected.report().toString(), content)),
                    new Options(null, expected.year(), null, null)).get(0);
            scores.add(CorpusScore.of(expected, checked));
        }
        return new Summary(scores);
    }

    public static void print(PrintStream out, Summary summary) {
        out.printf("%-34s %7s %8s %13s%n", "report", "cells", "false ERROR", "violations");
        for (CorpusScore s : summary.scores()) {
            out.printf("%-34s %3d/%-3d %8d %8d/%-3d%n", s.id(), s.cellsExact(), s.cellsExpected(), s.falseErrors().size(),
                    s.violationsFound().size(), s.violationsFound().size() + s.violationsMissed().size());
            s.cellMismatches().forEach(m -> out.println("    cell  " + m));
            s.falseErrors().forEach(m -> out.println("    ERROR " + m));
            s.violationsMissed().forEach(m -> out.println("    missed " + m));
        }
        out.printf("headline cells exact %d/%d (%.1f %%), violations found %d/%d, ERROR FAILs the labels do not contain: %d%n",
                summary.cellsExact(), summary.cellsExpected(), 100.0 * summary.cellsExact() / Math.max(1, summary.cellsExpected()),
                summary.violationsFound(), summary.violationsLabelled(), summary.falseErrors());
    }
}
