package cn.excellence.modeling;

import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The application's delegate beans (service-task delegates, task and execution listeners): the only
 * beans a model may name, and the only ones an expression can reach at run time.
 */
@Component
public class DelegateBeans {

    private static final Map<Class<?>, String> KINDS = Map.of(JavaDelegate.class, "服务任务委托", TaskListener.class, "任务监听器",
            ExecutionListener.class, "执行监听器");

    private final ApplicationContext context;
    private volatile Map<String, String> kinds;

    DelegateBeans(ApplicationContext context) {
        this.context = context;
    }

    /** Bean name to its kind (服务任务委托, 任务监听器, 执行监听器), sorted by name. */
    public Map<String, String> kinds() {
        if (kinds == null) {
            Map<String, String> found = new TreeMap<>();
            KINDS.forEach((type, kind) -> {
                for (String name : context.getBeanNamesForType(type, true, false)) {
                    Class<?> bean = context.getType(name, false);
                    if (bean != null && bean.getName().startsWith("cn.excellence.")) {
                        found.put(name, kind);
                    }
                }
            });
            kinds = Map.copyOf(found);
        }
        return kinds;
    }

    public boolean isDelegate(String beanName) {
        return kinds().containsKey(beanName);
    }

    Object bean(String beanName) {
        return context.getBean(beanName);
    }
}
