package nianbao.ingest.intake;

/**
 * A submission as it arrived, every part still unchecked text (null where absent), whether from the multipart form
 * ({@code documentField} "file") or the JSON variant with pasted text ({@code documentField} "text").
 */
public record SubmissionForm(String apiKey, String agencyId, String reportYear, String publishedOn,
                             String publicationUrl, String documentField, String fileName, byte[] content) {
}
