package cn.excellence.shared.engine;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist, Cockpit and Admin talk to the engine through their own servlet ("Engine Api"), not
 * /engine-rest. It gets the same error mapping (400 for broken task input, 409 for races) and JSON mapper, and its
 * list queries a page of at most the engine's query limit, since the webapps ask some lists unpaged.
 */
@Configuration
class WebappEngineApiConfig {

    static final String ENGINE_API_SERVLET = "Engine Api";

    /**
     * Registers the webapps' engine servlet before Camunda's initializer would (which then leaves it alone), with
     * {@link WebappEngineApplication}: the same servlet and path, the engine API configured as /engine-rest is.
     */
    @Bean
    ServletContextInitializer webappEngineApi(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        return new FirstInitializer(webappPath);
    }

    /** Runs before every unordered initializer, Camunda's among them. */
    record FirstInitializer(String webappPath) implements ServletContextInitializer, Ordered {

        @Override
        public void onStartup(ServletContext servletContext) {
            if (servletContext.getServletRegistration(ENGINE_API_SERVLET) != null) {
                throw new IllegalStateException("The webapps' engine servlet was registered before the application's");
            }
            ServletRegistration.Dynamic servlet = servletContext.addServlet(ENGINE_API_SERVLET, ServletContainer.class);
            servlet.addMapping(webappPath + "/api/engine/*");
            servlet.setInitParameter("jakarta.ws.rs.Application", WebappEngineApplication.class.getName());
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /** Camunda's application of the webapps' engine servlet, with the configuration classes of /engine-rest. */
    public static class WebappEngineApplication extends EngineRestApplication {

        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = new LinkedHashSet<>(super.getClasses());
            classes.removeAll(CamundaRestResources.getConfigurationClasses());
            classes.addAll(EngineRestConfig.configuration());
            return classes;
        }
    }

    /** For the engine APIs and the webapps' own (whose login filter looks the engine up too). */
    @Bean
    FilterRegistrationBean<ServiceFileCacheFilter> serviceFileCacheFilter(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<ServiceFileCacheFilter> registration = new FilterRegistrationBean<>(new ServiceFileCacheFilter());
        registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappQueryPageFilter(
            @Value("${camunda.bpm.generic-properties.properties.query-max-results-limit}") int limit) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new DefaultPageFilter(limit));
        registration.addUrlPatterns("/camunda/api/engine/*");
        return registration;
    }

    /** Gives a request without {@code maxResults} a page of {@code limit} results. */
    static final class DefaultPageFilter extends OncePerRequestFilter {
        private final String limit;

        DefaultPageFilter(int limit) {
            this.limit = String.valueOf(limit);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getParameter("maxResults") != null) {
                chain.doFilter(request, response);
                return;
            }
            Map<String, String[]> parameters = new HashMap<>(request.getParameterMap());
            parameters.put("maxResults", new String[] {limit});
            chain.doFilter(new HttpServletRequestWrapper(request) {
                @Override
                public String getParameter(String name) {
                    String[] values = parameters.get(name);
                    return values == null ? null : values[0];
                }

                @Override
                public Map<String, String[]> getParameterMap() {
                    return Collections.unmodifiableMap(parameters);
                }

                @Override
                public java.util.Enumeration<String> getParameterNames() {
                    return Collections.enumeration(parameters.keySet());
                }

                @Override
                public String[] getParameterValues(String name) {
                    return parameters.get(name);
                }

                @Override
                public String getQueryString() {
                    String query = super.getQueryString();
                    return (query == null || query.isEmpty() ? "" : query + "&") + "maxResults=" + limit;
                }
            }, response);
        }
    }
}
