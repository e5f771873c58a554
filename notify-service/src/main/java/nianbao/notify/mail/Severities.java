package nianbao.notify.mail;

import java.util.List;
import java.util.Map;

/** Severities as mails say and order them: 错误 before 警告 before 提示. */
public final class Severities {

    private static final List<String> ORDER = List.of("ERROR", "WARNING", "INFO");
    private static final Map<String, String> ZH = Map.of("ERROR", "错误", "WARNING", "警告", "INFO", "提示");

    private Severities() {
    }

    /** The place of a severity in the mail: ERROR first; an unknown symbol last. */
    public static int rank(String severity) {
        return ORDER.contains(severity) ? ORDER.indexOf(severity) : ORDER.size();
    }

    public static String zh(String severity) {
        return ZH.getOrDefault(severity, severity);
    }
}
