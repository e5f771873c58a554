package nianbao.ingest.intake;

import java.time.Duration;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The intake of submissions ({@code nianbao.intake.*}).
 *
 * @param maxDocumentSize the largest document accepted; also the multipart limit
 *                        ({@code spring.servlet.multipart.max-file-size} refers to it in application.yml), so an
 *                        oversized upload gets the same 413 problem whichever layer sees it first, and with the
 *                        envelope the largest record the report-submitted topic and its producer allow
 * @param repairGrace     how far the repair of submissions published but not recorded stays behind the publisher
 */
@Validated
@ConfigurationProperties("nianbao.intake")
public record IntakeProperties(@DefaultValue("20MB") @NotNull DataSize maxDocumentSize,
                               @DefaultValue("5s") @DurationMin(millis = 0) Duration repairGrace) {

    @AssertTrue(message = "nianbao.intake.max-document-size must be at least 1 byte")
    boolean isMaxDocumentSizePositive() {
        return maxDocumentSize == null || maxDocumentSize.toBytes() > 0;
    }
}
