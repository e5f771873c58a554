package nianbao.localstack;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nianbao.report.testing.SampleReports;

/**
 * The agencies the pipeline benchmark submits for: many, each with a realistic handful of reports per year, enrolled
 * the way an administrator does it (notify-service's administration: one CSV import, then a key per agency) rather
 * than the five seeded ones, which would pile thousands of submissions on each agency-year and measure per-agency
 * queries on a case that does not occur.
 *
 * <p>Agency {@code i} submits sample {@code i mod 5} for that sample's year, under the sample agency's name and level
 * (the title check compares the report with the registered name, so the verdicts stay the samples'), in one of the
 * real regions of the sample's supervisors (the local profile's jurisdictions), so alerts are routed as in production.
 */
final class BenchmarkAgencies {

    /** Agencies beyond which enrolment only costs time: per-agency-year queries are already on a handful of rows. */
    static final int MAX_AGENCIES = 10_000;
    /** About what an agency-year holds in reality (the report, perhaps a corrected one or two), as a benchmark's load. */
    static final int REPORTS_PER_AGENCY = 5;

    private static final String CSV_HEADER = "机关编号,机关名称,行政区划代码,机关层级,上级政府\n";

    /** A county or district (or development zone) and the government an agency registered under it names as parent. */
    record Region(String code, String parentGovernment) {
    }

    /** A sample report and the agency it belongs to, as the seed enrols it; where agencies like it are. */
    record Sample(String agencyId, int year, String fileName, String name, String level, List<Region> regions) {
    }

    /** An agency to enrol: its own id, the sample it submits, its region. */
    record Agency(String id, Sample sample, Region region) {
    }

    /** An enrolled agency with the key issued to it. */
    record Enrolled(Agency agency, String apiKey) {
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample("longting-gov-office", 2022, SampleReports.LONGTING, "龙亭区人民政府办公室", "县级政府部门", List.of(
                    new Region("410202", "开封市龙亭区人民政府"), new Region("410203", "开封市顺河回族区人民政府"),
                    new Region("410204", "开封市鼓楼区人民政府"), new Region("410205", "开封市禹王台区人民政府"),
                    new Region("410212", "开封市祥符区人民政府"), new Region("410221", "杞县人民政府"),
                    new Region("410222", "通许县人民政府"), new Region("410223", "尉氏县人民政府"),
                    new Region("410225", "兰考县人民政府"))),
            new Sample("kunwu-office", 2020, SampleReports.KUNWU, "昆吾街道办事处", "乡镇人民政府、街道办事处", List.of(
                    new Region("410971", "濮阳经济技术开发区"), new Region("410902", "濮阳市华龙区人民政府"),
                    new Region("410922", "清丰县人民政府"), new Region("410923", "南乐县人民政府"),
                    new Region("410926", "范县人民政府"), new Region("410927", "台前县人民政府"),
                    new Region("410928", "濮阳县人民政府"))),
            // a city department's region is its city
            new Sample("chaoyang-business-env-bureau", 2023, SampleReports.CHAOYANG, "朝阳市营商环境建设局", "市级政府部门",
                    List.of(new Region("211300", "朝阳市人民政府"))),
            new Sample("jinping-street", 2022, SampleReports.JINPING, "锦屏街道办事处", "乡镇人民政府、街道办事处", List.of(
                    new Region("330326", "平阳县人民政府"), new Region("330327", "苍南县人民政府"),
                    new Region("330328", "文成县人民政府"), new Region("330329", "泰顺县人民政府"),
                    new Region("330381", "瑞安市人民政府"), new Region("330382", "乐清市人民政府"),
                    new Region("330302", "温州市鹿城区人民政府"), new Region("330303", "温州市龙湾区人民政府"),
                    new Region("330304", "温州市瓯海区人民政府"))),
            new Sample("qidong-hitech-jinhai", 2022, SampleReports.QIDONG, "启东高新区（近海镇）", "乡镇人民政府、街道办事处", List.of(
                    new Region("320681", "启东市人民政府"), new Region("320682", "如皋市人民政府"),
                    new Region("320685", "海安市人民政府"), new Region("320623", "如东县人民政府"),
                    new Region("320612", "南通市通州区人民政府"), new Region("320613", "南通市崇川区人民政府"),
                    new Region("320614", "南通市海门区人民政府"))));

    private BenchmarkAgencies() {
    }

    /** Enough agencies for about {@link #REPORTS_PER_AGENCY} reports each, at most {@link #MAX_AGENCIES}. */
    static int defaultCount(int reports) {
        return Math.max(1, Math.min(MAX_AGENCIES, (reports + REPORTS_PER_AGENCY - 1) / REPORTS_PER_AGENCY));
    }

    static List<Agency> roster(int count) {
        List<Agency> agencies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Sample sample = SAMPLES.get(i % SAMPLES.size());
            Region region = sample.regions().get(i / SAMPLES.size() % sample.regions().size());
            agencies.add(new Agency(String.format("%s-%05d", sample.agencyId(), i), sample, region));
        }
        return agencies;
    }

    /** The administration's import format ({@code AgencyCsv}): id, name, region code, level, parent government. */
    static String csv(List<Agency> agencies) {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (Agency a : agencies) {
            csv.append(String.join(",", a.id(), a.sample().name(), a.region().code(), a.sample().level(),
                    a.region().parentGovernment())).append('\n');
        }
        return csv.toString();
    }

    /**
     * Imports the agencies, issues each its key, then waits until ingest-service, which learns them from
     * agency-directory, accepts every key.
     */
    static List<Enrolled> enrol(List<Agency> agencies, AdministrationClient admin, IngestClient ingest,
                                Duration timeout) throws IOException, InterruptedException {
        int added = admin.importAgencies(csv(agencies));
        if (added != agencies.size()) {
            throw new IllegalStateException(agencies.size() + " agencies imported but " + added + " added: not a fresh stack?");
        }
        List<Enrolled> enrolled = new ArrayList<>(agencies.size());
        for (Agency agency : agencies) {
            enrolled.add(new Enrolled(agency, admin.issueKey(agency.id())));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        // the directory's partitions arrive in no common order: each key is checked, most at the first try
        for (Enrolled agency : enrolled) {
            while (!ingest.recognises(agency.apiKey())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("ingest-service does not know " + agency.agency().id() + " after " + timeout);
                }
                Thread.sleep(200);
            }
        }
        return enrolled;
    }
}
