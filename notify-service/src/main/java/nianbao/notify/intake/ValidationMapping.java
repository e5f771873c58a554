package nianbao.notify.intake;

import java.util.LinkedHashMap;
import java.util.Map;

import nianbao.events.ReportValidated;
import nianbao.notify.alerts.Finding;
import nianbao.notify.alerts.Operand;
import nianbao.notify.alerts.Validation;
import nianbao.notify.routing.Agency;
import nianbao.schemas.validations.PassedChecksTally;

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
                PassedChecksTally.notPassed(event).stream().map(ValidationMapping::finding).toList(),
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

    private static Map<String, Integer> passedChecks(ReportValidated event) {
        Map<String, Integer> passed = new LinkedHashMap<>();
        PassedChecksTally.of(event).forEach(p -> passed.put(p.getRuleId(), p.getCount()));
        return passed;
    }

    private static String text(CharSequence value) {
        return value == null ? null : value.toString();
    }
}
