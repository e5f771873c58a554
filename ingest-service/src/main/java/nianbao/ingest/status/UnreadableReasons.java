package nianbao.ingest.status;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The P-UNREADABLE finding as an agency reads it. Its message carries parse-service's reason as it was recorded —
 * {@code <REASON>: <detail>}, where the detail may be a library's exception text (a class name, a stream offset) —
 * which means nothing to a clerk. Shown instead: what the reason means and what to do; the recorded message stays in
 * the database as it came.
 */
final class UnreadableReasons {

    static final String RULE_ID = "P-UNREADABLE";
    private static final Pattern REASON = Pattern.compile("\\b(EMPTY|TOO_LARGE|TOO_MUCH_TEXT|TIMED_OUT|ENCRYPTED|CORRUPT|ZIP_BOMB|NOT_A_REPORT):");
    private static final Map<String, String> PLAIN = Map.of(
            "EMPTY", "文件中没有可读取的文字（可能是没有文字层的扫描件）",
            "TOO_LARGE", "文件内容超出可处理的范围（页数过多或解压后过大）",
            "TOO_MUCH_TEXT", "文件中的文字远超一份年度报告的篇幅",
            "TIMED_OUT", "文件内容异常复杂，未能在规定时间内读完",
            "ENCRYPTED", "文件设有密码保护",
            "CORRUPT", "文件已损坏或格式不正确",
            "ZIP_BOMB", "文件的压缩内容异常",
            "NOT_A_REPORT", "文件格式不受支持（如旧版 Word 的 .doc 文件或普通压缩包）");
    private static final String UNKNOWN = "文件无法读取";

    private UnreadableReasons() {
    }

    /** The message to show for a finding: P-UNREADABLE's in plain words, every other as recorded. */
    static String forAgency(String ruleId, String messageZh) {
        if (!RULE_ID.equals(ruleId)) return messageZh;
        Matcher reason = REASON.matcher(messageZh == null ? "" : messageZh);
        String plain = reason.find() ? PLAIN.get(reason.group(1)) : UNKNOWN;
        return "报告文件无法读取，所有规则均未能检查：" + plain + "。请核实文件后重新报送。";
    }
}
