package cn.excellence.shared.monitoring;

import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

import io.micrometer.common.KeyValue;

/**
 * {@code http.server.requests} for every request, Spring MVC's or not: the engine REST ({@code /engine-rest}, Jersey) and
 * the webapps' API ({@code /camunda/api}) have no Spring MVC path pattern, so their timings would all be "UNKNOWN". They
 * get one tag each (never the raw path: a client must not be able to create new series with made-up paths).
 */
@Component
class RequestTimings extends DefaultServerRequestObservationConvention {

    private static final String[] ENGINE_PATHS = {"/engine-rest", "/camunda/api"};

    @Override
    protected KeyValue uri(ServerRequestObservationContext context) {
        if (context.getPathPattern() == null && context.getCarrier() != null) {
            String path = context.getCarrier().getRequestURI();
            for (String prefix : ENGINE_PATHS) {
                if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                    return KeyValue.of("uri", prefix + "/**");
                }
            }
        }
        return super.uri(context);
    }
}
