package cn.excellence.shared.engine;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Camunda's engine APIs look their process engine up again for every resource they create ({@code EngineUtil
 * .lookupProcessEngine}, also in the webapps' login filter): a {@link java.util.ServiceLoader} lookup, which asks the
 * thread's context class loader for {@code META-INF/services/…} and so searches every jar on the class path, 0.05–0.2 ms
 * each, several times a request. For the duration of a request this filter gives the thread a context class loader that
 * answers such service-file lookups from what it found the first time and leaves everything else, every class included,
 * to the loader the thread had.
 */
final class ServiceFileCacheFilter extends OncePerRequestFilter {

    private volatile ServiceFileCache cache;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(cacheOver(previous));
        try {
            chain.doFilter(request, response);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private ClassLoader cacheOver(ClassLoader loader) {
        ServiceFileCache current = cache;
        if (current != null && current.getParent() == loader) {
            return current;
        }
        if (loader == null || loader instanceof ServiceFileCache) {
            return loader;
        }
        current = new ServiceFileCache(loader);
        cache = current;
        return current;
    }

    /** A class loader that remembers where the service files are and hands everything else to its parent. */
    static final class ServiceFileCache extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final Map<String, List<URL>> services = new ConcurrentHashMap<>();

        ServiceFileCache(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (!name.startsWith("META-INF/services/")) {
                return super.getResources(name);
            }
            List<URL> found = services.get(name);
            if (found == null) {
                found = List.copyOf(Collections.list(getParent().getResources(name)));
                services.putIfAbsent(name, found);
            }
            return Collections.enumeration(found);
        }
    }
}
