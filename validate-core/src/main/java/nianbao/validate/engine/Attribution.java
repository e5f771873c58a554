package nianbao.validate.engine;

/** Whose fault a finding is: the report's, or our parser's (so nobody chases an agency for our misreading). */
public enum Attribution { REPORT, PARSER }
