package cn.excellence.modeling;

import java.util.List;
import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * The rules for each element and attribute of a BPMN file: no scripts, connectors or Java classes,
 * no external resources, forms only by reference, delegates only by the name of a delegate bean,
 * every other expression within {@link ExpressionRules}.
 */
class ModelElementRules {

    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression", "variableMappingDelegateExpression");

    private final DelegateBeans delegates;

    ModelElementRules(DelegateBeans delegates) {
        this.delegates = delegates;
    }

    void check(Element root, List<ModelProblem> problems) {
        SafeXml.walk(root, element -> {
            String id = SafeXml.ownerId(element);
            checkElement(element, id, problems);
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                checkAttribute((Attr) attributes.item(i), id, problems);
            }
            ExpressionRules.problem(SafeXml.ownText(element)).ifPresent(p -> problems.add(new ModelProblem(id, p)));
        });
    }

    private static void checkElement(Element element, String id, List<ModelProblem> problems) {
        String name = element.getLocalName();
        if ("scriptTask".equals(name)) {
            problems.add(new ModelProblem(id, "不允许脚本任务（" + id + "）：请改用服务任务和已有的委托。"));
        } else if ("script".equals(name) && CAMUNDA.equals(element.getNamespaceURI())) {
            problems.add(new ModelProblem(id, "不允许脚本监听器或脚本输入输出。"));
        } else if ("connector".equals(name)) {
            problems.add(new ModelProblem(id, "不允许连接器（camunda:connector）：请改用已有的委托。"));
        }
    }

    private void checkAttribute(Attr attribute, String id, List<ModelProblem> problems) {
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        String value = attribute.getValue();
        boolean camunda = CAMUNDA.equals(attribute.getNamespaceURI());
        if (camunda && (name.equals("class") || name.endsWith("Class"))) {
            problems.add(new ModelProblem(id, "不允许直接引用 Java 类（camunda:" + name + "）：请改用已有的委托 ${beanName}。"));
        } else if (camunda && name.equals("resource") || value.contains("deployment://") || value.contains("classpath://")) {
            problems.add(new ModelProblem(id, "模型不得引用外部资源（camunda:resource、deployment://、classpath://）。"));
        } else if (camunda && name.equals("formKey")) {
            problems.add(new ModelProblem(id, "请用 camunda:formRef 引用已有的中文表单，不要用 camunda:formKey。"));
        } else if (name.equals("scriptFormat") || name.equals("language") && !value.isBlank()) {
            problems.add(new ModelProblem(id, "不允许脚本（" + value + "）：条件和表达式只能是 ${…} 形式。"));
        } else if (DELEGATE_ATTRIBUTES.contains(name)) {
            checkDelegate(value, id, problems);
        } else {
            ExpressionRules.problem(value).ifPresent(p -> problems.add(new ModelProblem(id, p)));
        }
    }

    private void checkDelegate(String expression, String id, List<ModelProblem> problems) {
        ExpressionRules.delegateName(expression).ifPresentOrElse(bean -> {
            if (!delegates.isDelegate(bean)) {
                problems.add(new ModelProblem(id, "委托“" + bean + "”不存在。"));
            }
        }, () -> problems.add(new ModelProblem(id, "委托表达式“" + ExpressionRules.abbreviate(expression) + "”应形如 ${beanName}。")));
    }
}
