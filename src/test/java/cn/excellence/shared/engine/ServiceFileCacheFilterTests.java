package cn.excellence.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;

import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.FilterChain;

/**
 * During a request the engine APIs' service-file lookups (Camunda finds its engine provider for every resource) search
 * the class path once, and still find the same provider first; every other resource and class comes from the thread's own
 * class loader, which the thread has back after the request.
 */
class ServiceFileCacheFilterTests {

    static final String PROVIDER_FILE = "META-INF/services/" + ProcessEngineProvider.class.getName();

    /** The application's class loader, counting the resource look-ups it is asked. */
    static final class CountingLoader extends ClassLoader {
        final List<String> lookups = new ArrayList<>();

        CountingLoader() {
            super(ServiceFileCacheFilterTests.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            lookups.add(name);
            return super.getResources(name);
        }
    }

    @Test
    void anEngineApiRequestSearchesTheClassPathForItsEngineProviderOnceAndTheThreadGetsItsLoaderBack() throws Exception {
        ServiceFileCacheFilter filter = new ServiceFileCacheFilter();
        CountingLoader application = new CountingLoader();
        List<Object> providers = new ArrayList<>();
        List<ClassLoader> duringRequest = new ArrayList<>();
        FilterChain engineApi = (request, response) -> {
            duringRequest.add(Thread.currentThread().getContextClassLoader());
            providers.add(ServiceLoader.load(ProcessEngineProvider.class).iterator().next());
            try {
                assertThat(Thread.currentThread().getContextClassLoader().getResources("META-INF/spring.factories").hasMoreElements())
                        .as("other resources").isTrue();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(application);
        try {
            for (int i = 0; i < 3; i++) {
                filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), new MockHttpServletResponse(), engineApi);
                assertThat(thread.getContextClassLoader()).as("the thread's loader after the request").isSameAs(application);
            }
        } finally {
            thread.setContextClassLoader(before);
        }

        Class<?> withoutFilter = ServiceLoader.load(ProcessEngineProvider.class, application.getParent()).iterator().next().getClass();
        assertThat(providers).hasSize(3).allSatisfy(provider -> assertThat(provider).isExactlyInstanceOf(withoutFilter));
        assertThat(application.lookups.stream().filter(PROVIDER_FILE::equals)).as("class path searches for the provider file").hasSize(1);
        assertThat(application.lookups.stream().filter("META-INF/spring.factories"::equals)).as("every other lookup").hasSize(3);
        assertThat(duringRequest).allSatisfy(loader -> {
            assertThat(loader.getParent()).isSameAs(application);
            assertThat(loader.loadClass(ProcessEngineProvider.class.getName())).as("classes are the application's")
                    .isSameAs(ProcessEngineProvider.class);
        });
    }
}
