package cn.excellence.shared.security;

import java.util.Arrays;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import cn.excellence.shared.Groups;

/**
 * Four filter chains: the public part (notices, health, API docs), the authenticated APIs
 * ({@code /api}, {@code /engine-rest}: HTTP Basic against the engine's users, stateless, so any node
 * can serve any request; {@code /api} also takes the webapps' login with its CSRF token, for the
 * application's own pages), the administrators' pages ({@code /admin}: the webapps' login,
 * camunda-admin only), and the Camunda webapps, which keep their own login and CSRF protection.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    /**
     * Path matchers that see the whole path: /engine-rest is served by Jersey, not by Spring MVC, so
     * Spring MVC's own matchers would not see it.
     */
    private static RequestMatcher paths(String... patterns) {
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(Arrays.stream(patterns).map(p -> (RequestMatcher) builder.matcher(p)).toList());
    }

    /**
     * Spring Security keeps nothing in the session; the webapps' login lives there and is read on
     * every request. So no session-fixation id change per request (that is done once, at login).
     */
    private static void webappSessionOnly(SessionManagementConfigurer<HttpSecurity> session) {
        session.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none());
    }

    /**
     * No observation around each security filter of each request (Spring Security's default when Micrometer is present:
     * a start and a stop per filter, some fifteen a request, and a timer per chain nobody reads). Requests are timed once,
     * as {@code http.server.requests}; authorization decisions are still observed.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }

    @Bean
    AuthenticationManager authenticationManager(EngineIdentityAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    @Order(1)
    SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
        http.securityMatcher(paths("/api/public/**", "/actuator/health/**", "/actuator/health", "/v3/api-docs/**",
                        "/swagger-ui/**", "/swagger-ui.html"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager,
            IdentityService identityService, ProcessEngine engine, ProblemAuthenticationEntryPoint entryPoint) throws Exception {
        http.securityMatcher(paths("/api/**", "/engine-rest/**"))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(SecurityConfig::webappSessionOnly)
                .addFilterBefore(new CrossSiteRequestFilter(entryPoint), BasicAuthenticationFilter.class)
                .addFilterAfter(new WebappSessionAuthenticationFilter(engine.getName(), identityService, entryPoint), BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), WebappSessionAuthenticationFilter.class);
        return http.build();
    }

    /**
     * The actuator beyond health ({@code /actuator/prometheus}): HTTP Basic, for platform administrators and the
     * {@code monitoring} group (a scraping account that may do nothing else); 401 without credentials, 403 for others.
     */
    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, AuthenticationManager authenticationManager,
            ProblemAuthenticationEntryPoint entryPoint) throws Exception {
        http.securityMatcher(paths("/actuator/**"))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.anyRequest()
                        .hasAnyAuthority("GROUP_" + Groups.CAMUNDA_ADMIN, "GROUP_" + Groups.MONITORING))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /** The application's own pages for administrators (the modeler): the webapps' login, camunda-admin only. */
    @Bean
    @Order(3)
    SecurityFilterChain adminPagesChain(HttpSecurity http, ProcessEngine engine, ProblemAuthenticationEntryPoint problems,
            AdminPageAccess access) throws Exception {
        http.securityMatcher(paths("/admin/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/admin/login", "/admin/login.html", "/admin/logout", "/admin/admin.css", "/admin/password", "/admin/password.html",
                                "/admin/modeler/vendor/**")).permitAll()
                        .anyRequest().hasAuthority("GROUP_" + Groups.CAMUNDA_ADMIN))
                .exceptionHandling(e -> e.authenticationEntryPoint(access).accessDeniedHandler(access))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(SecurityConfig::webappSessionOnly)
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .addFilterBefore(new CrossSiteRequestFilter(problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new WebappSessionAuthenticationFilter(engine.getName(), engine.getIdentityService(), problems),
                        BasicAuthenticationFilter.class);
        return http.build();
    }

    /** Org-dept's dashboard page: the webapps' login, any user (the API decides what each one sees). */
    @Bean
    @Order(3)
    SecurityFilterChain dashboardPageChain(HttpSecurity http, ProcessEngine engine, ProblemAuthenticationEntryPoint problems,
            AdminPageAccess access) throws Exception {
        return userPages(http, engine, problems, access, paths("/dashboard", "/dashboard/**"), paths("/dashboard/vendor/**"));
    }

    /**
     * The workbench page (工作台): the webapps' login, any user (the API decides what each one sees). Its form library
     * and service worker hold no data and load without a login (the service worker checks for a new version even
     * when the session has ended).
     */
    @Bean
    @Order(3)
    SecurityFilterChain workbenchPageChain(HttpSecurity http, ProcessEngine engine, ProblemAuthenticationEntryPoint problems,
            AdminPageAccess access) throws Exception {
        return userPages(http, engine, problems, access, paths("/workbench", "/workbench/**"),
                paths("/workbench/vendor/**", "/workbench/sw.js"));
    }

    /**
     * Static pages for every logged-in user: the webapps' login (not logged in → the login page and back); the files
     * that hold no data ({@code open}) load without it. No CSRF token here: the pages change nothing themselves,
     * their calls go to {@code /api}, which asks for the token.
     */
    private static SecurityFilterChain userPages(HttpSecurity http, ProcessEngine engine, ProblemAuthenticationEntryPoint problems,
            AdminPageAccess access, RequestMatcher pages, RequestMatcher open) throws Exception {
        http.securityMatcher(pages)
                .authorizeHttpRequests(auth -> auth.requestMatchers(open).permitAll().anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(access))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(SecurityConfig::webappSessionOnly)
                .addFilterBefore(new WebappSessionAuthenticationFilter(engine.getName(), engine.getIdentityService(), problems),
                        BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain webappChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }
}
