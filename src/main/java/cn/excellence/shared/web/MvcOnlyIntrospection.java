package cn.excellence.shared.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Spring MVC's look-up of a request's handler, done only for requests Spring MVC serves. Spring Security puts
 * {@link HandlerMappingIntrospector#createCacheFilter()} in front of every request: it matches the request against every
 * handler mapping once, for CORS and MVC request matchers further on. The engine REST API and the webapps' APIs are
 * Jersey servlets, where nothing reads that result (this application's security matches plain path patterns and
 * configures no CORS), yet the look-up was about a tenth of an empty task list's time on the server. Requests mapped
 * to the {@link DispatcherServlet} keep the cache as before.
 */
@Configuration(proxyBeanMethods = false)
class MvcOnlyIntrospection {

    /** Spring MVC's bean name for the introspector (WebMvcConfigurationSupport), which Spring Security asks for. */
    static final String INTROSPECTOR = "mvcHandlerMappingIntrospector";

    @Bean
    static BeanPostProcessor mvcOnlyIntrospector(ApplicationContext context) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) throws BeansException {
                if (!INTROSPECTOR.equals(name) || bean.getClass() != HandlerMappingIntrospector.class) {
                    return bean;
                }
                Introspector introspector = new Introspector();
                introspector.setApplicationContext(context);
                return introspector;
            }
        };
    }

    /** The introspector whose cache filter passes over requests of other servlets than Spring MVC's. */
    static final class Introspector extends HandlerMappingIntrospector {

        /** Servlet name → whether it is Spring MVC's: servlets are registered once, at start-up. */
        private final Map<String, Boolean> mvcServlets = new ConcurrentHashMap<>();

        @Override
        public Filter createCacheFilter() {
            Filter cache = super.createCacheFilter();
            return (request, response, chain) -> {
                if (servedByMvc((HttpServletRequest) request)) {
                    cache.doFilter(request, response, chain);
                } else {
                    chain.doFilter(request, response);
                }
            };
        }

        /** Whether the servlet the request is mapped to is Spring MVC's (or unknown: then the cache is kept). */
        boolean servedByMvc(HttpServletRequest request) {
            var mapping = request.getHttpServletMapping();
            if (mapping == null || mapping.getServletName() == null) {
                return true;
            }
            return mvcServlets.computeIfAbsent(mapping.getServletName(), servlet -> {
                var registration = request.getServletContext().getServletRegistration(servlet);
                return registration == null || registration.getClassName() == null
                        || DispatcherServlet.class.getName().equals(registration.getClassName());
            });
        }
    }
}
