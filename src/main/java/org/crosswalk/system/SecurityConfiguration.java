package org.crosswalk.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two doors: the JSON API (HTTP Basic, stateless, no cookies so no CSRF) and the web pages (form
 * login, session, CSRF). URL rules here are coarse, by role; which household a user may see is
 * decided per record by access.HouseholdAccess.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] FAMILY_ROLES = {"NAVIGATOR", "HOUSING_CASE_MANAGER", "PARTNER_STAFF", "TEAM_LEAD"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/docs", "/api/docs/**", "/api/openapi", "/api/openapi/**").permitAll()
                        .requestMatchers("/api/households/**", "/api/today", "/api/inbox/**", "/api/employers/**",
                                "/api/directory/**").hasAnyRole(FAMILY_ROLES)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Crosswalk API"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/households/**", "/today", "/inbox/**", "/employers/**", "/directory/**")
                                .hasAnyRole(FAMILY_ROLES)
                        .requestMatchers("/funnel/**").hasAnyRole("TEAM_LEAD", "NAVIGATOR", "HOUSING_CASE_MANAGER")
                        .requestMatchers("/overview/**").hasAnyRole("STATE_ANALYST", "TEAM_LEAD")
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .build();
    }
}
