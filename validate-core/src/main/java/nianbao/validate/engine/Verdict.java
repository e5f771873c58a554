package nianbao.validate.engine;

/** FAIL if any ERROR-severity FAIL; INCOMPLETE if a core arithmetic rule was not assessable; else PASS. */
public enum Verdict { PASS, FAIL, INCOMPLETE }
