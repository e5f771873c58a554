package nianbao.notify.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nianbao.events.AgencyLevel;

/** A supervisor's account as an administrator enters it, checked field by field with reasons in Chinese. */
public record SupervisorDraft(String login, AccountTable.SupervisorFields fields) {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");
    /** Long enough to resist guessing within the login throttle's limits; no composition rules (NIST SP 800-63B). */
    public static final int MIN_PASSWORD_LENGTH = 10;

    public record Checked(SupervisorDraft draft, List<FieldProblem> problems) {
    }

    public static Checked check(String login, String name, String email, List<String> regionCodes,
                                List<String> levels, boolean active) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanLogin = login == null ? "" : login.strip();
        if (!LOGIN.matcher(cleanLogin).matches()) {
            problems.add(new FieldProblem(0, "login", "登录名",
                    "须为 2–63 位小写字母、数字、点、下划线或连字符，以字母或数字开头"));
        }
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) problems.add(new FieldProblem(0, "name", "名称", "不能为空"));
        String cleanEmail = email == null ? "" : email.strip();
        if (!EMAIL.matcher(cleanEmail).matches()) {
            problems.add(new FieldProblem(0, "email", "电子邮箱", "「" + cleanEmail + "」不是有效的电子邮箱地址"));
        }
        List<String> codes = regionCodes == null ? List.of()
                : regionCodes.stream().map(String::strip).filter(code -> !code.isEmpty()).distinct().toList();
        if (codes.isEmpty()) {
            problems.add(new FieldProblem(0, "regionCodes", "管辖区划", "至少填写一个 6 位行政区划代码"));
        }
        codes.stream().filter(code -> !REGION_CODE.matcher(code).matches()).forEach(code -> problems.add(
                new FieldProblem(0, "regionCodes", "管辖区划", "「" + code + "」不是 6 位数字的行政区划代码")));
        List<String> symbols = new ArrayList<>();
        for (String level : levels == null ? List.<String>of() : levels) {
            AgencyLevels.parse(level).map(AgencyLevel::name).ifPresentOrElse(symbols::add, () -> problems.add(
                    new FieldProblem(0, "levels", "机关层级", "「" + level + "」不是可用的层级")));
        }
        return problems.isEmpty()
                ? new Checked(new SupervisorDraft(cleanLogin, new AccountTable.SupervisorFields(cleanName, cleanEmail,
                        codes, symbols.stream().distinct().toList(), active)), List.of())
                : new Checked(null, List.copyOf(problems));
    }

    /** Empty when the password is acceptable. */
    public static List<FieldProblem> checkPassword(String password) {
        return password == null || password.length() < MIN_PASSWORD_LENGTH
                ? List.of(new FieldProblem(0, "password", "密码", "至少 " + MIN_PASSWORD_LENGTH + " 个字符"))
                : List.of();
    }
}
