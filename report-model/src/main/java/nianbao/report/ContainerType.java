package nianbao.report;

/** What kind of document the report arrived as. */
public enum ContainerType { TEXT, HTML, DOCX, DOC, PDF, UNKNOWN }
