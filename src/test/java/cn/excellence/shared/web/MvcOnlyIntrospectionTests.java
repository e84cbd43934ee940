package cn.excellence.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletMapping;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.MappingMatch;

/**
 * Spring MVC's introspector, which Spring Security's filter asks to look up every request's handler, looks up only the
 * requests Spring MVC serves: a request to the engine REST's Jersey servlet passes untouched, one to the
 * {@link DispatcherServlet} is looked up as before.
 */
class MvcOnlyIntrospectionTests {

    private final WebApplicationContextRunner contexts = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class))
            .withUserConfiguration(MvcOnlyIntrospection.class);

    @Test
    void onlyRequestsForSpringMvcAreLookedUp() {
        contexts.run(context -> {
            HandlerMappingIntrospector introspector = context.getBean(MvcOnlyIntrospection.INTROSPECTOR, HandlerMappingIntrospector.class);
            assertThat(introspector).isInstanceOf(MvcOnlyIntrospection.Introspector.class);
            assertThat(introspector.getHandlerMappings()).as("initialised as Spring MVC's own").isNotEmpty();
            Filter cache = introspector.createCacheFilter();

            assertThat(lookedUp(cache, "engineRest", "org.glassfish.jersey.servlet.ServletContainer", "/engine-rest/task")).isFalse();
            assertThat(lookedUp(cache, "Engine Api", "org.glassfish.jersey.servlet.ServletContainer", "/camunda/api/engine/engine/default/task"))
                    .isFalse();
            assertThat(lookedUp(cache, "dispatcherServlet", DispatcherServlet.class.getName(), "/api/organizations/wulashan")).isTrue();
            assertThat(lookedUp(cache, null, null, "/api/organizations/wulashan")).as("a request of no known servlet keeps the look-up").isTrue();
        });
    }

    /** Whether the request reached the rest of the chain with Spring MVC's look-up result attached. */
    private static boolean lookedUp(Filter cache, String servlet, String servletClass, String path) throws Exception {
        MockServletContext servletContext = new MockServletContext() {
            @Override
            public ServletRegistration getServletRegistration(String name) {
                if (servlet == null || !servlet.equals(name)) {
                    return null;
                }
                ServletRegistration registration = mock(ServletRegistration.class);
                when(registration.getClassName()).thenReturn(servletClass);
                return registration;
            }

            @Override
            public Map<String, ? extends ServletRegistration> getServletRegistrations() {
                return Map.of();
            }
        };
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", path);
        if (servlet != null) {
            request.setHttpServletMapping(new MockHttpServletMapping(path, "/*", servlet, MappingMatch.PATH));
        }
        List<Object> seen = new ArrayList<>();
        cache.doFilter(request, new MockHttpServletResponse(), (req, res) -> Collections.list(req.getAttributeNames())
                .forEach(name -> seen.add(req.getAttribute(name))));
        return seen.stream().anyMatch(value -> value != null && value.getClass().getName().endsWith("HandlerMappingIntrospector$CachedResult"));
    }
}
