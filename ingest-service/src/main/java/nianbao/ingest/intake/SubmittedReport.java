package nianbao.ingest.intake;

import java.time.LocalDate;
import nianbao.ingest.agencies.Agency;

/** A submission that passed every intake check. */
public record SubmittedReport(Agency agency, int reportYear, LocalDate publishedOn, String publicationUrl,
                              Document document) {

    /** The document as received: sniffed type and SHA-256 of the exact bytes. */
    public record Document(String fileName, DocumentType type, String sha256, byte[] content) {
        public long sizeBytes() {
            return content.length;
        }
    }

    /** Identical bytes for the same agency and year are the same submission. */
    public SubmissionKey key() {
        return new SubmissionKey(agency.id(), reportYear, document.sha256());
    }
}
