package nianbao.notify.dashboard;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import nianbao.notify.routing.SupervisorProperties;

/** Supervisors log in with a form; their accounts come from configuration with encoded passwords. */
@Configuration(proxyBeanMethods = false)
class DashboardSecurity {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager supervisorAccounts(SupervisorProperties properties) {
        List<UserDetails> users = properties.supervisors().stream()
                .filter(entry -> entry.passwordHash() != null && !entry.passwordHash().isBlank())
                .map(entry -> User.withUsername(entry.email().substring(0, entry.email().indexOf('@')))
                        .password(entry.passwordHash())
                        .roles("SUPERVISOR")
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    SecurityFilterChain dashboardFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/login", "/error").permitAll()
                        .anyRequest().hasRole("SUPERVISOR"))
                // the application's own login page (LoginPage); Spring's processing of the POST stays
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // the page sends the token from the XSRF-TOKEN cookie as X-XSRF-TOKEN
                .csrf(csrf -> csrf.spa());
        return http.build();
    }
}
