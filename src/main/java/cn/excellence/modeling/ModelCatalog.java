package cn.excellence.modeling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** What a model may reference, for the modeler to offer: the shipped forms and the application's delegate beans. */
@Component
class ModelCatalog {

    record Delegate(String expression, String kind) {
    }

    record Catalog(List<String> forms, List<Delegate> delegates) {
    }

    private static final Map<Class<?>, String> KINDS = Map.of(JavaDelegate.class, "服务任务委托", TaskListener.class, "任务监听器",
            ExecutionListener.class, "执行监听器");

    private final ApplicationContext context;
    private final FormCatalog forms;

    ModelCatalog(ApplicationContext context, FormCatalog forms) {
        this.context = context;
        this.forms = forms;
    }

    Catalog catalog() {
        List<Delegate> delegates = new ArrayList<>();
        KINDS.forEach((type, kind) -> {
            for (String name : context.getBeanNamesForType(type)) {
                Class<?> bean = context.getType(name);
                if (bean != null && bean.getName().startsWith("cn.excellence.")) {
                    delegates.add(new Delegate("${" + name + "}", kind));
                }
            }
        });
        delegates.sort(Comparator.comparing(Delegate::kind).thenComparing(Delegate::expression));
        return new Catalog(forms.formIds().stream().sorted().toList(), delegates);
    }
}
