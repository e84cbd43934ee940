package cn.excellence.shared.engine;

import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The engine APIs' JSON mapper (/engine-rest and the webapps' "Engine Api"), configured as Camunda's
 * {@link JacksonConfigurator} configures it, but made once. Camunda's makes a new mapper each time it is asked: for every
 * body read or written and every sub-resource, so each request learnt its classes' JSON shape again. A configured mapper
 * is safe to share between threads, and nothing in the engine REST changes one it is given. It takes the place of
 * Camunda's in both engine APIs ({@link EngineRestConfig#configuration()}).
 */
@Provider
public class EngineRestJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
