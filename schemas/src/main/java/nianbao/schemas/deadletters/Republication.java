package nianbao.schemas.deadletters;

/** What became of one dead letter the tool was asked to send back to its source. */
public sealed interface Republication {

    RecordCoordinates deadLetter();

    /** The line the tool prints for it. */
    String line();

    /** Sent to its source, where it now lies at {@code copy}. */
    record Sent(RecordCoordinates deadLetter, RecordCoordinates copy) implements Republication {
        @Override
        public String line() {
            return "republished " + deadLetter + " as " + copy;
        }
    }

    /** Not sent again: its source already holds a copy marked as republished from it, at {@code copy}. */
    record AlreadyRepublished(RecordCoordinates deadLetter, RecordCoordinates copy) implements Republication {
        @Override
        public String line() {
            return "skipped " + deadLetter + ": already republished as " + copy;
        }
    }

    /** Not sent: there is no such record, or it does not say where it came from. */
    record Refused(RecordCoordinates deadLetter, String why) implements Republication {
        @Override
        public String line() {
            return "refused " + deadLetter + ": " + why;
        }
    }
}
