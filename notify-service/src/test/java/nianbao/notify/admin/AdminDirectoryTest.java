package nianbao.notify.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nianbao.events.AgencyDirectoryEntry;
import nianbao.events.AgencyLevel;
import nianbao.notify.directory.AccountTable;
import nianbao.notify.directory.ApiKeys;
import nianbao.notify.routing.Supervisor;
import nianbao.notify.support.DirectoryTopic;
import nianbao.notify.support.NotifyIntegrationTest;
import nianbao.notify.support.SupervisorSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administration's API on real parts: an agency enrolled and its key issued and rotated reach agency-directory
 * with the key's digest only; a CSV with a bad line imports nothing and names the line; a supervisor is added,
 * throttled after wrong passwords, and kept out of the administration; the security headers.
 */
class AdminDirectoryTest extends NotifyIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SupervisorSession admin() {
        return SupervisorSession.login(port, "admin", "admin-pass");
    }

    @Autowired
    private AccountTable accounts;

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private List<AgencyDirectoryEntry> published(String agencyId, int count) {
        eventually().until(() -> DirectoryTopic.entriesOf(broker.getBrokersAsString(), agencyId).size() >= count);
        return DirectoryTopic.entriesOf(broker.getBrokersAsString(), agencyId);
    }

    @Test
    void anEnrolledAgencyAndEachOfItsKeysArePublishedAsDigests() {
        SupervisorSession admin = admin();
        HttpResponse<String> added = admin.postJson("/api/admin/agencies", """
                {"id":"hongze-admin-test","name":"淮安市洪泽区人民政府办公室","regionCode":"320813",
                 "level":"县级政府部门","parentGovernment":"淮安市洪泽区人民政府"}""");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(json(added).get("level").asString()).isEqualTo("COUNTY_DEPARTMENT");
        assertThat(json(added).get("levelName").asString()).isEqualTo("县级政府部门");

        AgencyDirectoryEntry enrolled = published("hongze-admin-test", 1).get(0);
        assertThat(enrolled.getAgency().getName()).isEqualTo("淮安市洪泽区人民政府办公室");
        assertThat(enrolled.getAgency().getRegionCode()).isEqualTo("320813");
        assertThat(enrolled.getAgency().getLevel()).isEqualTo(AgencyLevel.COUNTY_DEPARTMENT);
        assertThat(enrolled.getAgency().getParentGovernment()).isEqualTo("淮安市洪泽区人民政府");
        assertThat(enrolled.getActive()).isTrue();
        assertThat(enrolled.getApiKeySha256()).isNull();
        assertThat(enrolled.getVersion()).isEqualTo(1);

        HttpResponse<String> issued = admin.postJson("/api/admin/agencies/hongze-admin-test/key", "");
        assertThat(issued.statusCode()).isEqualTo(200);
        assertThat(issued.headers().firstValue("Cache-Control")).contains("no-store");
        String key = json(issued).get("apiKey").asString();
        // 256 random bits, URL-safe Base64 without padding
        assertThat(key).matches("[A-Za-z0-9_-]{43}");
        AgencyDirectoryEntry withKey = published("hongze-admin-test", 2).get(1);
        assertThat(withKey.getApiKeySha256()).isEqualTo(ApiKeys.sha256Hex(key));
        assertThat(withKey.getVersion()).isEqualTo(2);
        // the key itself is nowhere: not in the list, not in the database
        assertThat(admin.get("/api/admin/agencies").body()).doesNotContain(key).doesNotContain(ApiKeys.sha256Hex(key));
        assertThat(jdbc.sql("select api_key_sha256 from agency where id = 'hongze-admin-test'").query(String.class)
                .single()).isEqualTo(ApiKeys.sha256Hex(key));

        String rotated = json(admin.postJson("/api/admin/agencies/hongze-admin-test/key", "")).get("apiKey").asString();
        assertThat(rotated).isNotEqualTo(key);
        assertThat(published("hongze-admin-test", 3).get(2).getApiKeySha256()).isEqualTo(ApiKeys.sha256Hex(rotated));

        HttpResponse<String> deactivated = admin.putJson("/api/admin/agencies/hongze-admin-test", """
                {"name":"淮安市洪泽区人民政府办公室","regionCode":"320813","level":"COUNTY_DEPARTMENT",
                 "parentGovernment":"淮安市洪泽区人民政府","active":false}""");
        assertThat(deactivated.statusCode()).isEqualTo(200);
        AgencyDirectoryEntry last = published("hongze-admin-test", 4).get(3);
        assertThat(last.getActive()).isFalse();
        assertThat(last.getApiKeySha256()).isEqualTo(ApiKeys.sha256Hex(rotated));
        assertThat(last.getVersion()).isEqualTo(4);
    }

    @Test
    void theSeedAgenciesArePublishedWithTheirLocalKeysDigests() {
        AgencyDirectoryEntry longting = published("longting-gov-office", 1).get(0);
        assertThat(longting.getApiKeySha256()).isEqualTo(ApiKeys.sha256Hex("longting-gov-office-key"));
        assertThat(longting.getAgency().getName()).isEqualTo("龙亭区人民政府办公室");
    }

    @Test
    void aCsvWithABadLineImportsNothingAndNamesTheLine() {
        SupervisorSession admin = admin();
        String csv = """
                机关编号,机关名称,行政区划代码,层级,上级政府
                csv-gaoliang,高良涧街道办事处,320813,乡镇人民政府、街道办事处,淮安市洪泽区人民政府
                csv-huaian,淮安市人民政府,3208,市级人民政府
                """;
        HttpResponse<String> refused = admin.post("/api/admin/agencies/import", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json(refused);
        assertThat(problem.get("detail").asString()).isEqualTo("文件有 1 处错误，未导入任何机关");
        assertThat(problem.get("problems").toString()).isEqualTo("""
                [{"line":3,"field":"regionCode","label":"行政区划代码","reason":"「3208」不是 6 位数字的行政区划代码"}]""");
        assertThat(jdbc.sql("select count(*) from agency where id like 'csv-%'").query(Integer.class).single())
                .isZero();

        HttpResponse<String> imported = admin.post("/api/admin/agencies/import", "text/csv",
                csv.replace(",3208,", ",320800,").getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).isEqualTo("{\"added\":2,\"updated\":0,\"unchanged\":0}");
        assertThat(published("csv-huaian", 1).get(0).getAgency().getLevel()).isEqualTo(AgencyLevel.CITY_GOVERNMENT);
    }

    @Test
    void anAddedSupervisorLogsInIsThrottledAfterWrongPasswordsAndIsKeptOutOfTheAdministration() {
        SupervisorSession admin = admin();
        HttpResponse<String> added = admin.postJson("/api/admin/supervisors", """
                {"login":"huaian-gongkai","name":"淮安市政务公开办","email":"huaian-gongkai@example.org",
                 "regionCodes":["320800"],"levels":[],"password":"huaian-first-pass"}""");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(added.body()).doesNotContain("huaian-first-pass").doesNotContain("bcrypt");

        SupervisorSession huaian = SupervisorSession.login(port, "huaian-gongkai", "huaian-first-pass");
        assertThat(json(huaian.get("/api/me")).toString()).contains("\"username\":\"huaian-gongkai\"");
        assertThat(huaian.get("/api/admin/agencies").statusCode()).isEqualTo(403);
        assertThat(huaian.get("/admin").statusCode()).isEqualTo(403);
        // the administrator is not a supervisor
        assertThat(admin.get("/api/alerts").statusCode()).isEqualTo(403);

        assertThat(admin.postJson("/api/admin/supervisors/huaian-gongkai/password", "{\"password\":\"short\"}")
                .statusCode()).isEqualTo(400);
        assertThat(admin.postJson("/api/admin/supervisors/huaian-gongkai/password",
                "{\"password\":\"huaian-second-pass\"}").statusCode()).isEqualTo(204);

        SupervisorSession guesser = SupervisorSession.anonymous(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> wrong = guesser.attemptLogin("huaian-gongkai", "wrong-password-" + attempt);
            assertThat(wrong.statusCode()).as("attempt %d", attempt).isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        HttpResponse<String> sixth = guesser.attemptLogin("huaian-gongkai", "wrong-password-6");
        assertThat(sixth.statusCode()).isEqualTo(429);
        HttpResponse<String> right = guesser.attemptLogin("huaian-gongkai", "huaian-second-pass");
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After").map(Integer::parseInt).orElseThrow()).isBetween(1, 30);
        assertThat(right.body()).contains("登录失败次数过多，已暂停登录。请在 ").contains(" 秒后再试；如忘记密码，请联系管理员重置。");
    }

    /** Webhook and digest: https only, a new address gets a signing secret shown once, the same address keeps it. */
    @Test
    void theAdministratorSetsASupervisorsWebhookAndDigestAndNoticesFollowThem() {
        SupervisorSession admin = admin();
        assertThat(admin.postJson("/api/admin/supervisors", """
                {"login":"suqian-gongkai","name":"宿迁市政务公开办","email":"suqian-gongkai@example.org",
                 "regionCodes":["321300"],"levels":[],"password":"suqian-first-pass"}""").statusCode()).isEqualTo(201);

        HttpResponse<String> plain = admin.putJson("/api/admin/supervisors/suqian-gongkai/delivery",
                "{\"webhookUrl\":\"http://hooks.example.org/suqian\",\"dailyDigest\":true}");
        assertThat(plain.statusCode()).isEqualTo(400);
        assertThat(json(plain).get("problems").toString()).isEqualTo(
                "[{\"line\":0,\"field\":\"webhookUrl\",\"label\":\"回调地址\",\"reason\":\"须以 https:// 开头（通知内容须加密传输）\"}]");
        assertThat(accounts.byUsername("suqian-gongkai").orElseThrow().dailyDigest()).isFalse();

        JsonNode set = json(admin.putJson("/api/admin/supervisors/suqian-gongkai/delivery",
                "{\"webhookUrl\":\" https://hooks.example.org/suqian \",\"dailyDigest\":true}"));
        String secret = set.get("webhookSecret").asString();
        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
        assertThat(set.get("account").get("webhookUrl").asString()).isEqualTo("https://hooks.example.org/suqian");
        assertThat(set.get("account").get("dailyDigest").asBoolean()).isTrue();
        Supervisor routed = accounts.byUsername("suqian-gongkai").orElseThrow();
        assertThat(routed.webhookUrl()).isEqualTo("https://hooks.example.org/suqian");
        assertThat(routed.webhookSecret()).isEqualTo(secret);
        assertThat(routed.dailyDigest()).isTrue();

        // the same address, digest off: the secret stays and is not shown again
        JsonNode same = json(admin.putJson("/api/admin/supervisors/suqian-gongkai/delivery",
                "{\"webhookUrl\":\"https://hooks.example.org/suqian\",\"dailyDigest\":false}"));
        assertThat(same.get("webhookSecret").isNull()).isTrue();
        assertThat(accounts.byUsername("suqian-gongkai").orElseThrow().webhookSecret()).isEqualTo(secret);
        assertThat(accounts.byUsername("suqian-gongkai").orElseThrow().dailyDigest()).isFalse();

        // no address: e-mail only, the secret gone
        assertThat(admin.putJson("/api/admin/supervisors/suqian-gongkai/delivery", "{\"webhookUrl\":\"\"}")
                .statusCode()).isEqualTo(200);
        Supervisor mailOnly = accounts.byUsername("suqian-gongkai").orElseThrow();
        assertThat(mailOnly.webhookUrl()).isNull();
        assertThat(mailOnly.webhookSecret()).isNull();
        assertThat(admin.putJson("/api/admin/supervisors/nobody-here/delivery", "{\"webhookUrl\":\"\"}")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndTheSessionCookieIsLaxAndHttpOnly() {
        SupervisorSession anonymous = SupervisorSession.anonymous(port);
        HttpResponse<String> login = anonymous.get("/login");
        HttpResponse<String> answer = anonymous.attemptLogin("kaifeng-gongkai", "kaifeng-gongkai-pass");
        assertThat(answer.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
        SupervisorSession kaifeng = SupervisorSession.login(port, "kaifeng-gongkai", "kaifeng-gongkai-pass");
        for (HttpResponse<String> page : List.of(login, kaifeng.get("/"), kaifeng.get("/overview.js"),
                admin().get("/admin"), admin().get("/admin/admin.js"))) {
            assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(page.uri().toString())
                    .contains("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
                            + "frame-ancestors 'none'");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        }
        // no inline script on the pages this service serves
        assertThat(kaifeng.get("/").body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
        assertThat(admin().get("/admin").body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
    }
}
