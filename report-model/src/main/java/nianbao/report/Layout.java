package nianbao.report;

/** How the tables are laid out in the document (domain-spec §7). */
public enum Layout {
    HTML_TABLE, DOCX_TABLE, PDF_LAYOUT, TAB, PIPE, PIPE_ROWS, CELL_PER_LINE, MARKDOWN, SPACE_ALIGNED, CONCATENATED, UNKNOWN
}
