package cn.excellence.modeling;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.xml.ModelParseException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Checks a process model before it may reach the engine: it parses as BPMN (no DOCTYPE, so no XXE),
 * executable processes keep their history, ids are meaningful, delegates and forms exist, and
 * nothing runs scripts or loads external resources.
 */
@Component
public class ModelValidator {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Pattern GENERATED_ID = Pattern.compile("(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Process)_[0-9a-z]{7}");
    private static final Pattern DELEGATE = Pattern.compile("\\$\\{(\\w+)}");

    private final ApplicationContext context;
    private final FormCatalog forms;

    ModelValidator(ApplicationContext context, FormCatalog forms) {
        this.context = context;
        this.forms = forms;
    }

    public List<ModelProblem> validate(byte[] xml) {
        List<ModelProblem> problems = new ArrayList<>();
        if (xml == null || xml.length == 0) {
            return List.of(new ModelProblem(null, "文件为空。"));
        }
        if (xml.length > MAX_BYTES) {
            return List.of(new ModelProblem(null, "文件过大，最多 2 MB。"));
        }
        String text = new String(xml, StandardCharsets.UTF_8);
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            return List.of(new ModelProblem(null, "文件含有 DOCTYPE 或实体声明（可能是 XXE 攻击），不予接受。"));
        }
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
        } catch (ModelParseException | IllegalArgumentException e) {
            return List.of(new ModelProblem(null, "文件不是有效的 BPMN 2.0 模型。"));
        }
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        if (processes.isEmpty()) {
            problems.add(new ModelProblem(null, "模型中没有流程。"));
        }
        for (Process process : processes) {
            if (process.isExecutable() && (process.getCamundaHistoryTimeToLiveString() == null || process.getCamundaHistoryTimeToLiveString().isBlank())) {
                problems.add(new ModelProblem(process.getId(), "可执行流程须设置历史保留期限（camunda:historyTimeToLive）。"));
            }
        }
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            if (element.getId() != null && GENERATED_ID.matcher(element.getId()).matches()) {
                problems.add(new ModelProblem(element.getId(), "元素编号“" + element.getId() + "”是建模器自动生成的，请改为有含义的编号（如 Task_ReviewReport）。"));
            }
            checkDelegates(element, problems);
        }
        for (ScriptTask task : model.getModelElementsByType(ScriptTask.class)) {
            problems.add(new ModelProblem(task.getId(), "不允许脚本任务（" + task.getId() + "）：请改用服务任务和已有的委托。"));
        }
        for (CamundaScript script : model.getModelElementsByType(CamundaScript.class)) {
            problems.add(new ModelProblem(owner(script), "不允许脚本监听器或脚本输入输出。"));
        }
        Set<String> known = forms.formIds();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getCamundaFormRef() == null || task.getCamundaFormRef().isBlank()) {
                problems.add(new ModelProblem(task.getId(), "用户任务“" + task.getName() + "”须引用一个中文表单（camunda:formRef）。"));
            } else if (!known.contains(task.getCamundaFormRef())) {
                problems.add(new ModelProblem(task.getId(), "用户任务引用的表单“" + task.getCamundaFormRef() + "”不存在。"));
            }
        }
        if (text.contains("camunda:resource=") || text.contains("deployment://") || text.contains("classpath://")) {
            problems.add(new ModelProblem(null, "模型不得引用外部资源（camunda:resource、deployment://、classpath://）。"));
        }
        return problems;
    }

    private void checkDelegates(BaseElement element, List<ModelProblem> problems) {
        String expression = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
        List<String> expressions = new ArrayList<>();
        if (expression != null) {
            expressions.add(expression);
        }
        element.getDomElement().getChildElements().forEach(child -> collect(child, expressions));
        for (String e : expressions) {
            Matcher bean = DELEGATE.matcher(e);
            if (!bean.matches()) {
                problems.add(new ModelProblem(element.getId(), "委托表达式“" + e + "”应形如 ${beanName}。"));
            } else if (!context.containsBean(bean.group(1))) {
                problems.add(new ModelProblem(element.getId(), "委托“" + bean.group(1) + "”不存在。"));
            }
        }
    }

    private static void collect(org.camunda.bpm.model.xml.instance.DomElement dom, List<String> into) {
        String value = dom.getAttribute("delegateExpression");
        if (value != null && !value.isBlank() && dom.getLocalName().endsWith("Listener")) {
            into.add(value);
        }
        dom.getChildElements().forEach(child -> collect(child, into));
    }

    private static String owner(ModelElementInstance element) {
        for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
            if (e instanceof BaseElement base && base.getId() != null) {
                return base.getId();
            }
        }
        return null;
    }
}
