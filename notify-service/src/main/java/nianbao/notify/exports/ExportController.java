package nianbao.notify.exports;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import nianbao.notify.dashboard.AlertBoard;
import nianbao.notify.dashboard.CurrentSupervisor;
import nianbao.notify.reports.JurisdictionReports;
import nianbao.notify.reports.ReportSummary;

/** CSV and XLSX downloads of the supervisor's jurisdiction for a range of report years. */
@RestController
class ExportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CurrentSupervisor current;
    private final JurisdictionReports jurisdiction;
    private final AlertBoard board;

    ExportController(CurrentSupervisor current, JurisdictionReports jurisdiction, AlertBoard board) {
        this.current = current;
        this.jurisdiction = jurisdiction;
        this.board = board;
    }

    @GetMapping("/export/findings.{type}")
    ResponseEntity<byte[]> findings(Principal principal, @PathVariable String type, @RequestParam int from,
                                    @RequestParam int to) {
        return download(ExportTables.findings(board.ofYears(current.of(principal), from, to), jurisdiction.regionNames()),
                "问题清单", from, to, type);
    }

    @GetMapping("/export/headlines.{type}")
    ResponseEntity<byte[]> headlines(Principal principal, @PathVariable String type, @RequestParam int from,
                                     @RequestParam int to) {
        List<ReportSummary> rows = jurisdiction.latest(current.of(principal), from, to).stream()
                .sorted(Comparator.comparing((ReportSummary r) -> r.agency().regionCode())
                        .thenComparing(r -> r.agency().name()).thenComparingInt(ReportSummary::reportYear))
                .toList();
        return download(ExportTables.headlines(rows, jurisdiction.regionNames()), "主要数据", from, to, type);
    }

    private static ResponseEntity<byte[]> download(ExportTable table, String name, int from, int to, String type) {
        boolean xlsx = switch (type) {
            case "xlsx" -> true;
            case "csv" -> false;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "csv or xlsx");
        };
        String filename = name + "_" + from + "-" + to + "." + type;
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(xlsx ? XlsxFormat.write(table) : CsvFormat.write(table));
    }
}
