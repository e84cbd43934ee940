package cn.excellence.shared.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

import jakarta.ws.rs.ApplicationPath;

/**
 * The engine REST API at /engine-rest, configured as both engine APIs are ({@link #configuration()}): the application's
 * error mapping added, and one shared JSON mapper in place of Camunda's.
 */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestConfig extends CamundaJerseyResourceConfig {

    /**
     * Camunda's configuration classes of an engine API, its JSON mapper ({@link JacksonConfigurator}, a new one each time
     * it is asked) replaced by {@link EngineRestJson}, and the application's exception mappers; for /engine-rest and
     * for the webapps' own engine servlet ({@link WebappEngineApiConfig}).
     */
    static Set<Class<?>> configuration() {
        Set<Class<?>> classes = new LinkedHashSet<>(CamundaRestResources.getConfigurationClasses());
        classes.remove(JacksonConfigurator.class);
        classes.addAll(List.of(EngineRestJson.class, EngineRestExceptionMapper.class, EngineExceptionMapper.class,
                TaskInputExceptionMapper.class, ApiExceptionMapper.class, RequestFormatMappers.MalformedJson.class,
                RequestFormatMappers.MismatchedJson.class, RequestFormatMappers.MalformedQueryParameter.class));
        return classes;
    }

    @Override
    protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        registerClasses(configuration());
        register(JacksonFeature.class);
    }
}
