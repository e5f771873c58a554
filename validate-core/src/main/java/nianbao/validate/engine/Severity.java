package nianbao.validate.engine;

/** domain-spec Conventions: ERROR = defect, WARNING = very likely a defect, INFO = quality observation. */
public enum Severity { ERROR, WARNING, INFO }
