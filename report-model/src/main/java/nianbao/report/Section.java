package nianbao.report;

/** A statutory section as found (or not) in the document; {@code heading} is as written. */
public record Section(SectionId id, String heading, boolean found, SourceSpan span) {

    public static Section notFound(SectionId id) {
        return new Section(id, null, false, SourceSpan.NONE);
    }
}
