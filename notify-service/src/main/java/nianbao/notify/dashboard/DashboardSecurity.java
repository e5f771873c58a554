package nianbao.notify.dashboard;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import nianbao.notify.directory.LoginThrottle;
import nianbao.notify.directory.LoginThrottleFilter;

/**
 * Form login against the {@code account} table (nianbao.notify.directory.AccountTable is the UserDetailsService):
 * supervisors use the dashboard and its API, administrators {@code /admin} and {@code /api/admin/**}. The login is
 * throttled ({@link LoginThrottle}); every answer carries the security headers below.
 */
@Configuration(proxyBeanMethods = false)
class DashboardSecurity {

    /**
     * Scripts and styles only from the application itself (no inline script: the pages load theirs from static .js
     * files); inline style attributes are allowed, since charting libraries set them. No framing, no plugins, forms
     * post only here.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(LoginProperties login, Clock clock) {
        return new LoginThrottle(login.failuresPerLogin(), login.failuresPerAddress(), clock);
    }

    @Bean
    SecurityFilterChain dashboardFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler toDashboard = new SavedRequestAwareAuthenticationSuccessHandler();
        toDashboard.setDefaultTargetUrl("/");
        SimpleUrlAuthenticationFailureHandler toLoginError = new SimpleUrlAuthenticationFailureHandler("/login?error");
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/login", "/error").permitAll()
                        .requestMatchers("/admin", "/admin/**", "/api/admin/**").hasRole("ADMIN")
                        .anyRequest().hasRole("SUPERVISOR"))
                // the application's own login page (LoginPage); Spring's processing of the POST stays
                .formLogin(form -> form.loginPage("/login")
                        .successHandler((request, response, authentication) -> {
                            throttle.succeeded(authentication.getName());
                            boolean admin = authentication.getAuthorities().stream()
                                    .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
                            if (admin) response.sendRedirect("/admin");
                            else toDashboard.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, failure) -> {
                            throttle.failed(request.getParameter("username"), request.getRemoteAddr());
                            toLoginError.onAuthenticationFailure(request, response, failure);
                        }))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // the pages send the token from the XSRF-TOKEN cookie as X-XSRF-TOKEN
                .csrf(csrf -> csrf.spa())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
