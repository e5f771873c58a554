package nianbao.notify.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nianbao.notify.routing.Jurisdiction;
import nianbao.notify.routing.Supervisor;
import nianbao.notify.routing.SupervisorDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Accounts in PostgreSQL (table {@code account}): the logins of the dashboard (role SUPERVISOR) and of the
 * administration (ADMIN), and the supervisors that notices are routed to. Read afresh on every question, so a change
 * by an administrator holds for the next login, notice and request; deactivated accounts can neither log in nor
 * receive notices.
 */
public class AccountTable implements SupervisorDirectory, UserDetailsService {

    private static final String COLUMNS = "login, role, name, email, password_hash, region_codes, levels, "
            + "webhook_url, webhook_secret, daily_digest, active";

    private final JdbcClient jdbc;

    public AccountTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an administrator sets on a supervisor (the password separately). */
    public record SupervisorFields(String name, String email, List<String> regionCodes, List<String> levels,
                                   boolean active) {
    }

    @Override
    public List<Supervisor> supervisors() {
        return jdbc.sql("select " + COLUMNS + " from account where role = 'SUPERVISOR' and active order by login")
                .query(AccountTable::supervisor).list();
    }

    @Override
    public Optional<Supervisor> byUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from account where login = :login and role = 'SUPERVISOR' and active")
                .param("login", username).query(AccountTable::supervisor).optional();
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        return jdbc.sql("select login, role, password_hash, active from account where login = :login")
                .param("login", login)
                .query((row, n) -> User.withUsername(row.getString("login"))
                        .password(row.getString("password_hash"))
                        .roles(row.getString("role"))
                        .disabled(!row.getBoolean("active"))
                        .build())
                .optional().orElseThrow(() -> new UsernameNotFoundException("no account " + login));
    }

    public List<Account> list() {
        return jdbc.sql("select " + COLUMNS + " from account order by role desc, login")
                .query(AccountTable::account).list();
    }

    public Optional<Account> find(String login) {
        return jdbc.sql("select " + COLUMNS + " from account where login = :login").param("login", login)
                .query(AccountTable::account).optional();
    }

    /** False when the login is taken. */
    public boolean addSupervisor(String login, SupervisorFields fields, String passwordHash) {
        return jdbc.sql("""
                        insert into account (login, role, name, email, password_hash, region_codes, levels, active)
                        values (:login, 'SUPERVISOR', :name, :email, :hash, :codes, :levels, :active)
                        on conflict (login) do nothing""")
                .param("login", login).param("name", fields.name()).param("email", fields.email())
                .param("hash", passwordHash).param("codes", fields.regionCodes().toArray(String[]::new))
                .param("levels", fields.levels().toArray(String[]::new)).param("active", fields.active())
                .update() == 1;
    }

    /** False when there is no such supervisor. */
    public boolean updateSupervisor(String login, SupervisorFields fields) {
        return jdbc.sql("""
                        update account set name = :name, email = :email, region_codes = :codes, levels = :levels,
                            active = :active, changed_at = now()
                        where login = :login and role = 'SUPERVISOR'""")
                .param("login", login).param("name", fields.name()).param("email", fields.email())
                .param("codes", fields.regionCodes().toArray(String[]::new))
                .param("levels", fields.levels().toArray(String[]::new)).param("active", fields.active())
                .update() == 1;
    }

    /**
     * Sets a supervisor's webhook and digest; {@code newSecret} replaces the webhook's signing secret, null keeps it.
     * No webhook, no secret. False when there is no such supervisor.
     */
    public boolean setDelivery(String login, DeliveryPreferences preferences, String newSecret) {
        return jdbc.sql("""
                        update account set webhook_url = cast(:url as text),
                            webhook_secret = case when cast(:url as text) is null then null
                                                  else coalesce(cast(:secret as text), webhook_secret) end,
                            daily_digest = :digest, changed_at = now()
                        where login = :login and role = 'SUPERVISOR'""")
                .param("login", login).param("url", preferences.webhookUrl()).param("secret", newSecret)
                .param("digest", preferences.dailyDigest()).update() == 1;
    }

    public boolean setPassword(String login, String passwordHash) {
        return jdbc.sql("update account set password_hash = :hash, changed_at = now() where login = :login")
                .param("login", login).param("hash", passwordHash).update() == 1;
    }

    /** Local seed: inserted unless the login exists (a change made since by an administrator stays). */
    public boolean seed(String login, Account.Role role, String name, String email, String passwordHash,
                        List<String> regionCodes, Set<String> levels, String webhookUrl, String webhookSecret,
                        boolean dailyDigest) {
        return jdbc.sql("""
                        insert into account (login, role, name, email, password_hash, region_codes, levels,
                                             webhook_url, webhook_secret, daily_digest)
                        values (:login, :role, :name, :email, :hash, :codes, :levels, :url, :secret, :digest)
                        on conflict (login) do nothing""")
                .param("login", login).param("role", role.name()).param("name", name).param("email", email)
                .param("hash", passwordHash).param("codes", regionCodes.toArray(String[]::new))
                .param("levels", levels.toArray(String[]::new)).param("url", webhookUrl)
                .param("secret", webhookSecret).param("digest", dailyDigest).update() == 1;
    }

    private static Supervisor supervisor(ResultSet row, int rowNumber) throws SQLException {
        String webhookUrl = row.getString("webhook_url");
        boolean webhook = webhookUrl != null && !webhookUrl.isBlank();
        return new Supervisor(row.getString("login"), row.getString("name"), row.getString("email"),
                webhook ? webhookUrl : null, webhook ? row.getString("webhook_secret") : null,
                new Jurisdiction(strings(row.getArray("region_codes")), Set.copyOf(strings(row.getArray("levels")))),
                row.getBoolean("daily_digest"));
    }

    private static Account account(ResultSet row, int rowNumber) throws SQLException {
        String webhookUrl = row.getString("webhook_url");
        return new Account(row.getString("login"), Account.Role.valueOf(row.getString("role")), row.getString("name"),
                row.getString("email"), strings(row.getArray("region_codes")), strings(row.getArray("levels")),
                webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl, row.getBoolean("daily_digest"),
                row.getBoolean("active"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
