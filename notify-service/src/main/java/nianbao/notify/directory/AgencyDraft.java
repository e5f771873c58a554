package nianbao.notify.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nianbao.events.AgencyLevel;

/**
 * An agency as an administrator enters it (form or CSV line), checked field by field: the same rules as the
 * {@code agency} table's constraints and ingest-service's {@code Agency}, said in Chinese.
 */
public record AgencyDraft(String id, String name, String regionCode, AgencyLevel level, String parentGovernment) {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");
    private static final int NAME_LIMIT = 100;

    /** The draft, or the problems of its fields (each with {@code line}), never both. */
    public record Checked(AgencyDraft draft, List<FieldProblem> problems) {
    }

    public static Checked check(int line, String id, String name, String regionCode, String level,
                                String parentGovernment) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanId = strip(id);
        if (cleanId == null || !ID.matcher(cleanId).matches()) {
            problems.add(new FieldProblem(line, "id", "机关编号", cleanId == null ? "不能为空"
                    : "「" + cleanId + "」须为 2–63 位小写字母、数字或连字符（-），以字母或数字开头"));
        }
        String cleanName = strip(name);
        if (cleanName == null) {
            problems.add(new FieldProblem(line, "name", "机关名称", "不能为空"));
        } else if (cleanName.length() > NAME_LIMIT) {
            problems.add(new FieldProblem(line, "name", "机关名称", "超过 " + NAME_LIMIT + " 个字符"));
        }
        String cleanCode = strip(regionCode);
        if (cleanCode == null || !REGION_CODE.matcher(cleanCode).matches()) {
            problems.add(new FieldProblem(line, "regionCode", "行政区划代码", cleanCode == null ? "不能为空"
                    : "「" + cleanCode + "」不是 6 位数字的行政区划代码"));
        }
        String cleanLevel = strip(level);
        AgencyLevel parsedLevel = AgencyLevels.parse(cleanLevel).orElse(null);
        if (parsedLevel == null) {
            problems.add(new FieldProblem(line, "level", "机关层级", cleanLevel == null ? "不能为空"
                    : "「" + cleanLevel + "」不是可用的层级（如“县级政府部门”“乡镇人民政府、街道办事处”或 COUNTY_DEPARTMENT）"));
        }
        String cleanParent = strip(parentGovernment);
        if (cleanParent != null && cleanParent.length() > NAME_LIMIT) {
            problems.add(new FieldProblem(line, "parentGovernment", "上级政府", "超过 " + NAME_LIMIT + " 个字符"));
        }
        return problems.isEmpty()
                ? new Checked(new AgencyDraft(cleanId, cleanName, cleanCode, parsedLevel, cleanParent), List.of())
                : new Checked(null, List.copyOf(problems));
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
