package cn.excellence.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMapping;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.support.Http;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Every /api response is a typed record, so the OpenAPI document describes it; no endpoint answers an untyped map. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class OpenApiDocumentTests {

    private final Http http;
    private final ApplicationContext context;

    @Autowired
    OpenApiDocumentTests(@LocalServerPort int port, ApplicationContext context) {
        this.http = new Http(port);
        this.context = context;
    }

    @Test
    void everyApiResponseWithABodyHasADescribedSchema() {
        ResponseEntity<JsonNode> response = http.anonymous().get().uri("/v3/api-docs").retrieve().toEntity(JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode docs = response.getBody();
        JsonNode schemas = docs.path("components").path("schemas");

        List<String> checked = new ArrayList<>();
        List<String> freeForm = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext();) {
                Map.Entry<String, JsonNode> operation = operations.next();
                for (String status : List.of("200", "201")) {
                    JsonNode content = operation.getValue().path("responses").path(status).path("content");
                    for (Iterator<Map.Entry<String, JsonNode>> media = content.fields(); media.hasNext();) {
                        Map.Entry<String, JsonNode> type = media.next();
                        String where = operation.getKey().toUpperCase() + " " + path.getKey() + " " + status + " " + type.getKey();
                        checked.add(where);
                        if (!described(type.getValue().path("schema"), schemas)) {
                            freeForm.add(where + ": " + type.getValue().path("schema"));
                        }
                    }
                }
            }
        }

        assertThat(checked).as("the document lists the API's responses").hasSizeGreaterThan(40)
                .anyMatch(w -> w.startsWith("GET /api/assistance-loans/{id} 200"))
                .anyMatch(w -> w.startsWith("GET /api/supervision-cycles/{id}/bulletin 200"));
        assertThat(freeForm).as("responses whose schema is a free-form object (return a record instead of a Map)").isEmpty();
    }

    @Test
    void noControllerMethodReturnsAMap() {
        List<String> untyped = new ArrayList<>();
        int methods = 0;
        for (Object bean : context.getBeansWithAnnotation(Controller.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("cn.excellence")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    continue;
                }
                methods++;
                ResolvableType returned = ResolvableType.forMethodReturnType(method);
                if (untyped(returned)) {
                    untyped.add(type.getSimpleName() + "." + method.getName() + " returns " + returned);
                } else if (returned.resolve() == Object.class && !describedByAnnotation(method)) {
                    untyped.add(type.getSimpleName() + "." + method.getName() + " returns Object without an @ApiResponse schema");
                }
            }
        }

        assertThat(methods).as("controller methods found").isGreaterThan(40);
        assertThat(untyped).as("endpoints returning untyped maps").isEmpty();
    }

    /** A Map or a JSON tree anywhere in the returned type (ResponseEntity<List<Map<..>>> included). */
    private static boolean untyped(ResolvableType type) {
        Class<?> raw = type.resolve();
        if (raw != null && (Map.class.isAssignableFrom(raw) || JsonNode.class.isAssignableFrom(raw))) {
            return true;
        }
        for (ResolvableType generic : type.getGenerics()) {
            if (untyped(generic)) {
                return true;
            }
        }
        return type.isArray() && untyped(type.getComponentType());
    }

    private static boolean describedByAnnotation(Method method) {
        return AnnotatedElementUtils.findMergedRepeatableAnnotations(method, ApiResponse.class).stream()
                .anyMatch(r -> r.content().length > 0);
    }

    /** A schema that names its properties: a referenced record, an array of such, a scalar, or a oneOf of such. */
    private static boolean described(JsonNode schema, JsonNode schemas) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
            return described(schemas.path(name), schemas);
        }
        if (schema.has("oneOf")) {
            for (JsonNode option : schema.path("oneOf")) {
                if (!described(option, schemas)) {
                    return false;
                }
            }
            return true;
        }
        String type = schema.path("type").asText("");
        return switch (type) {
            case "array" -> described(schema.path("items"), schemas);
            case "object", "" -> schema.path("properties").size() > 0;
            default -> true;
        };
    }
}
