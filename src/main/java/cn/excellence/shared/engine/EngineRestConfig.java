package cn.excellence.shared.engine;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

import jakarta.ws.rs.ApplicationPath;

/** The engine REST API at /engine-rest, with the application's exception mapping added. */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestConfig extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(EngineRestExceptionMapper.class);
        register(EngineExceptionMapper.class);
        register(TaskInputExceptionMapper.class);
        register(ApiExceptionMapper.class);
        register(RequestFormatMappers.MalformedJson.class);
        register(RequestFormatMappers.MismatchedJson.class);
        register(RequestFormatMappers.MalformedQueryParameter.class);
    }
}
