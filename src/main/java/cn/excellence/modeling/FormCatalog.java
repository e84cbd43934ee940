package cn.excellence.modeling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The Camunda Forms the application ships (bpmn/*.form), by id: the forms a deployed model may reference. */
@Component
class FormCatalog {

    private final Set<String> ids = new HashSet<>();

    FormCatalog(ObjectMapper objectMapper) {
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.form")) {
                ids.add(objectMapper.readTree(form.getInputStream()).path("id").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> formIds() {
        return Set.copyOf(ids);
    }
}
