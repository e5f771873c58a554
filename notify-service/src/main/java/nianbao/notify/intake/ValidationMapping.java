package nianbao.notify.intake;

import java.util.LinkedHashMap;
import java.util.Map;

import nianbao.events.ReportValidated;
import nianbao.events.RuleOutcome;
import nianbao.notify.alerts.Finding;
import nianbao.notify.alerts.Operand;
import nianbao.notify.alerts.Validation;
import nianbao.notify.routing.Agency;

/** The report-validated Avro event in the service's own terms. */
final class ValidationMapping {

    private ValidationMapping() {
    }

    static Validation toValidation(ReportValidated event) {
        var agency = event.getAgency();
        Map<String, String> keyFigures = new LinkedHashMap<>();
        // a key figure that was not read stays out of the map rather than becoming the text "null"
        event.getKeyFigures().forEach((cell, value) -> {
            if (value != null) {
                keyFigures.put(cell.toString(), value.toString());
            }
        });
        return new Validation(
                event.getSubmissionId().toString(),
                new Agency(agency.getId().toString(), agency.getName().toString(), agency.getRegionCode().toString(),
                        agency.getLevel().name()),
                event.getReportYear(),
                event.getRuleSetVersion().toString(),
                event.getFormatVersion().name(),
                event.getVerdict().name(),
                event.getTrigger().name(),
                event.getSubmittedAt(),
                event.getValidatedAt(),
                keyFigures,
                event.getFindings().stream().filter(f -> f.getOutcome() != RuleOutcome.PASS)
                        .map(ValidationMapping::finding).toList(),
                passedChecks(event));
    }

    private static Finding finding(nianbao.events.Finding f) {
        return new Finding(f.getRuleId(), f.getOutcome().name(), f.getSeverity().name(), f.getFormula(),
                f.getOperands().stream().map(o -> new Operand(o.getCellId(), text(o.getValue()), text(o.getRaw()),
                        o.getSpan().getLine(), o.getSpan().getColumn(), o.getSpan().getEndLine(),
                        o.getSpan().getEndColumn())).toList(),
                text(f.getExpected()), text(f.getActual()), f.getMessageZh(), f.getMessageEn(),
                f.getAttribution().name(), text(f.getQuote()), f.getFingerprint());
    }

    /** Counted by rule; an event written before passedChecks existed carries each passed check as a PASS finding. */
    private static Map<String, Integer> passedChecks(ReportValidated event) {
        Map<String, Integer> passed = new LinkedHashMap<>();
        event.getPassedChecks().forEach(p -> passed.merge(p.getRuleId(), p.getCount(), Integer::sum));
        event.getFindings().stream().filter(f -> f.getOutcome() == RuleOutcome.PASS)
                .forEach(f -> passed.merge(f.getRuleId(), 1, Integer::sum));
        return passed;
    }

    private static String text(CharSequence value) {
        return value == null ? null : value.toString();
    }
}
