package nianbao.validate.engine;

/**
 * The result of one check (design §4.2). FAIL rests only on certain operands; UNCERTAIN when an operand was
 * inferred, ambiguous or derived from a blank; NOT_ASSESSABLE when an operand is missing — never PASS.
 */
public enum Outcome { PASS, FAIL, UNCERTAIN, NOT_ASSESSABLE }
