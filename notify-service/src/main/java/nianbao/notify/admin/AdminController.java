package nianbao.notify.admin;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nianbao.notify.directory.Account;
import nianbao.notify.directory.AccountTable;
import nianbao.notify.directory.AgencyCsv;
import nianbao.notify.directory.AgencyDraft;
import nianbao.notify.directory.AgencyLevels;
import nianbao.notify.directory.AgencyTable;
import nianbao.notify.directory.ApiKeys;
import nianbao.notify.directory.DirectoryAgency;
import nianbao.notify.directory.DeliveryPreferences;
import nianbao.notify.directory.DirectoryRelay;
import nianbao.notify.directory.FieldProblem;
import nianbao.notify.directory.SupervisorDraft;

/**
 * The administration's JSON API (role ADMIN; the page /admin uses it). Agencies: list, add, edit (including
 * deactivating), import a CSV, issue or rotate a key. Supervisors: list, add, edit (jurisdiction, deactivating),
 * reset a password. Refusals are RFC 9457 problems whose {@code problems} name each field (and CSV line) in Chinese.
 * Each agency change is published to agency-directory by the relay, at once and again every second until it is out.
 */
@RestController
@RequestMapping("/api/admin")
class AdminController {

    private final AgencyTable agencies;
    private final AccountTable accounts;
    private final DirectoryRelay relay;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AdminController(AgencyTable agencies, AccountTable accounts, DirectoryRelay relay, PasswordEncoder passwords,
                    Clock clock) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.relay = relay;
        this.passwords = passwords;
        this.clock = clock;
    }

    record AgencyForm(String id, String name, String regionCode, String level, String parentGovernment,
                      Boolean active) {
    }

    record Level(String symbol, String name) {
    }

    /** The key in clear, this once: only its SHA-256 is stored. */
    record IssuedKey(String agencyId, String apiKey, Instant issuedAt) {
    }

    record SupervisorForm(String login, String name, String email, List<String> regionCodes, List<String> levels,
                          Boolean active, String password) {
    }

    record PasswordForm(String password) {
    }

    record DeliveryForm(String webhookUrl, Boolean dailyDigest) {
    }

    /** The account as saved; {@code webhookSecret} in clear this once, when a new address got a new signing secret. */
    record SavedDelivery(Account account, String webhookSecret) {
    }

    @GetMapping("/levels")
    List<Level> levels() {
        return Arrays.stream(AgencyLevels.assignable()).map(l -> new Level(l.name(), AgencyLevels.chinese(l))).toList();
    }

    @GetMapping("/agencies")
    List<DirectoryAgency> agencies() {
        return agencies.list();
    }

    @PostMapping("/agencies")
    ResponseEntity<?> addAgency(@RequestBody AgencyForm form) {
        AgencyDraft.Checked checked = AgencyDraft.check(0, form.id(), form.name(), form.regionCode(), form.level(),
                form.parentGovernment());
        if (checked.draft() == null) return invalid("机关信息有误", checked.problems());
        if (!agencies.add(checked.draft())) {
            return problem(HttpStatus.CONFLICT, "agency-exists", "机关编号「" + checked.draft().id() + "」已被使用",
                    List.of(new FieldProblem(0, "id", "机关编号", "已被使用")));
        }
        published();
        return ResponseEntity.created(URI.create("/api/admin/agencies/" + checked.draft().id()))
                .body(agencies.find(checked.draft().id()).orElseThrow());
    }

    @PutMapping("/agencies/{id}")
    ResponseEntity<?> editAgency(@PathVariable String id, @RequestBody AgencyForm form) {
        AgencyDraft.Checked checked = AgencyDraft.check(0, id, form.name(), form.regionCode(), form.level(),
                form.parentGovernment());
        if (checked.draft() == null) return invalid("机关信息有误", checked.problems());
        if (!agencies.update(checked.draft(), form.active() == null || form.active())) return noAgency(id);
        published();
        return ResponseEntity.ok(agencies.find(id).orElseThrow());
    }

    /** Issues a key, or replaces the current one: the old key stops working as soon as ingest-service has the change. */
    @PostMapping("/agencies/{id}/key")
    ResponseEntity<?> issueKey(@PathVariable String id) {
        String key = ApiKeys.newKey();
        Instant now = clock.instant();
        if (!agencies.replaceKey(id, ApiKeys.sha256Hex(key), now)) return noAgency(id);
        published();
        return ResponseEntity.ok().header("Cache-Control", "no-store").body(new IssuedKey(id, key, now));
    }

    /** A CSV file as the body (any content type): everything or nothing. */
    @PostMapping("/agencies/import")
    ResponseEntity<?> importAgencies(@RequestBody(required = false) byte[] csv) {
        AgencyCsv.Parsed parsed = AgencyCsv.parse(csv == null ? new byte[0] : csv);
        if (!parsed.problems().isEmpty()) {
            return invalid("文件有 " + parsed.problems().size() + " 处错误，未导入任何机关", parsed.problems());
        }
        AgencyTable.Imported imported = agencies.importAll(parsed.agencies());
        published();
        return ResponseEntity.ok(imported);
    }

    @GetMapping("/supervisors")
    List<Account> accounts() {
        return accounts.list();
    }

    @PostMapping("/supervisors")
    ResponseEntity<?> addSupervisor(@RequestBody SupervisorForm form) {
        SupervisorDraft.Checked checked = SupervisorDraft.check(form.login(), form.name(), form.email(),
                form.regionCodes(), form.levels(), form.active() == null || form.active());
        List<FieldProblem> problems = new ArrayList<>(checked.problems());
        problems.addAll(SupervisorDraft.checkPassword(form.password()));
        if (!problems.isEmpty()) return invalid("监管账号信息有误", problems);
        SupervisorDraft draft = checked.draft();
        if (!accounts.addSupervisor(draft.login(), draft.fields(), passwords.encode(form.password()))) {
            return problem(HttpStatus.CONFLICT, "account-exists", "登录名「" + draft.login() + "」已被使用",
                    List.of(new FieldProblem(0, "login", "登录名", "已被使用")));
        }
        return ResponseEntity.created(URI.create("/api/admin/supervisors/" + draft.login()))
                .body(accounts.find(draft.login()).orElseThrow());
    }

    @PutMapping("/supervisors/{login}")
    ResponseEntity<?> editSupervisor(@PathVariable String login, @RequestBody SupervisorForm form) {
        SupervisorDraft.Checked checked = SupervisorDraft.check(login, form.name(), form.email(), form.regionCodes(),
                form.levels(), form.active() == null || form.active());
        if (checked.draft() == null) return invalid("监管账号信息有误", checked.problems());
        if (!accounts.updateSupervisor(login, checked.draft().fields())) return noAccount(login);
        return ResponseEntity.ok(accounts.find(login).orElseThrow());
    }

    /**
     * The webhook (https, or blank for none) and the daily digest. A new or changed address gets a new signing secret,
     * returned this once for the receiving system; the same address keeps its secret.
     */
    @PutMapping("/supervisors/{login}/delivery")
    ResponseEntity<?> setDelivery(@PathVariable String login, @RequestBody DeliveryForm form) {
        DeliveryPreferences.Checked checked = DeliveryPreferences.check(form.webhookUrl(), form.dailyDigest());
        if (checked.preferences() == null) return invalid("通知方式有误", checked.problems());
        Account before = accounts.find(login).filter(a -> a.role() == Account.Role.SUPERVISOR).orElse(null);
        if (before == null) return noAccount(login);
        String url = checked.preferences().webhookUrl();
        String secret = url != null && !url.equals(before.webhookUrl()) ? ApiKeys.newKey() : null;
        if (!accounts.setDelivery(login, checked.preferences(), secret)) return noAccount(login);
        return ResponseEntity.ok().header("Cache-Control", "no-store")
                .body(new SavedDelivery(accounts.find(login).orElseThrow(), secret));
    }

    @PostMapping("/supervisors/{login}/password")
    ResponseEntity<?> resetPassword(@PathVariable String login, @RequestBody PasswordForm form) {
        List<FieldProblem> problems = SupervisorDraft.checkPassword(form.password());
        if (!problems.isEmpty()) return invalid("密码不符合要求", problems);
        if (!accounts.setPassword(login, passwords.encode(form.password()))) return noAccount(login);
        return ResponseEntity.noContent().build();
    }

    /** At once, off the request: the scheduled run publishes it anyway if this one finds Kafka away. */
    private void published() {
        CompletableFuture.runAsync(relay::publishPending);
    }

    private ResponseEntity<?> noAgency(String id) {
        return problem(HttpStatus.NOT_FOUND, "agency-not-found", "没有编号为「" + id + "」的机关", List.of());
    }

    private ResponseEntity<?> noAccount(String login) {
        return problem(HttpStatus.NOT_FOUND, "account-not-found", "没有登录名为「" + login + "」的监管账号", List.of());
    }

    private static ResponseEntity<?> invalid(String detail, List<FieldProblem> problems) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-fields", detail, problems);
    }

    private static ResponseEntity<?> problem(HttpStatus status, String slug, String detail,
                                             List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:nianbao:problem:" + slug));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperties(Map.of("problems", problems));
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
