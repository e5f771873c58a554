package nianbao.notify.directory;

/**
 * Why a field of an agency or account was refused. {@code line} is the CSV line (1-based) or 0 for a form;
 * {@code field} is the field's key and {@code label} its Chinese name, {@code reason} says what is wrong in Chinese.
 */
public record FieldProblem(int line, String field, String label, String reason) {
}
