package nianbao.ingest.intake;

/** A submission refused by a check: which check, the request part at fault, and a detail a clerk can act on. */
public final class IntakeRejection extends RuntimeException {

    private final IntakeProblem problem;
    private final String field;

    public IntakeRejection(IntakeProblem problem, String field, String detail) {
        super(detail);
        this.problem = problem;
        this.field = field;
    }

    public IntakeProblem problem() {
        return problem;
    }

    /** The form field, JSON property or header at fault. */
    public String field() {
        return field;
    }

    public String detail() {
        return getMessage();
    }
}
