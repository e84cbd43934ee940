package cn.excellence.modeling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rules a model must pass before it reaches the engine, whichever way it is deployed (the
 * modeler, the engine REST, Camunda Desktop Modeler, start-up): well-formed XML without DOCTYPE, a
 * BPMN model whose executable processes keep their history, meaningful ids, existing delegates and
 * forms, no scripts, no Java classes, no external resources, and expressions that are data, not code
 * ({@link ExpressionRules}). Decision tables and forms get their own, smaller checks.
 */
@Component
public class ModelValidator {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Pattern GENERATED_ID = Pattern.compile("(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Process)_[0-9a-z]{7}");
    private static final Pattern ALLOWED_RESOURCE = Pattern.compile(".+\\.(bpmn|bpmn20\\.xml|dmn|dmn11\\.xml|form|png)");
    private static final Pattern SCRIPT_LANGUAGE = Pattern.compile("(?i).*(javascript|ecmascript|graal|js|groovy|python|jython|ruby|jruby|nashorn).*");

    private final DelegateBeans delegates;
    private final FormCatalog forms;
    private final ObjectMapper json;

    ModelValidator(DelegateBeans delegates, FormCatalog forms, ObjectMapper json) {
        this.delegates = delegates;
        this.forms = forms;
        this.json = json;
    }

    /** The problems of one BPMN file, empty when it may be deployed. */
    public List<ModelProblem> validate(byte[] xml) {
        return validateProcess(xml, forms.formIds());
    }

    /** The problems of each resource of a deployment (only those with problems); forms deployed with it count as known. */
    public Map<String, List<ModelProblem>> validateDeployment(Map<String, byte[]> resources) {
        Set<String> knownForms = new HashSet<>(forms.formIds());
        resources.forEach((name, bytes) -> {
            if (name.endsWith(".form")) {
                formId(bytes).ifPresent(knownForms::add);
            }
        });
        Map<String, List<ModelProblem>> problems = new LinkedHashMap<>();
        resources.forEach((name, bytes) -> {
            List<ModelProblem> found = validateResource(name, bytes, knownForms);
            if (!found.isEmpty()) {
                problems.put(name, found);
            }
        });
        return problems;
    }

    private List<ModelProblem> validateResource(String name, byte[] bytes, Set<String> knownForms) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!ALLOWED_RESOURCE.matcher(lower).matches()) {
            return List.of(new ModelProblem(null, "不允许部署文件“" + name + "”：只接受 .bpmn、.dmn、.form 和 .png。"));
        }
        if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
            return validateProcess(bytes, knownForms);
        }
        if (lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) {
            return validateDecision(bytes);
        }
        if (lower.endsWith(".form")) {
            return formId(bytes).isPresent() ? List.of() : List.of(new ModelProblem(null, "表单文件“" + name + "”不是有效的 Camunda 表单（JSON，含 id）。"));
        }
        return List.of();
    }

    private List<ModelProblem> validateProcess(byte[] xml, Set<String> knownForms) {
        List<ModelProblem> problems = new ArrayList<>();
        Document document;
        try {
            document = SafeXml.parse(xml, MAX_BYTES);
        } catch (SafeXml.RefusedXmlException e) {
            return List.of(new ModelProblem(null, e.getMessage()));
        }
        new ModelElementRules(delegates).check(document.getDocumentElement(), problems);
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
        } catch (ModelException | IllegalArgumentException e) {
            problems.add(new ModelProblem(null, "文件不是有效的 BPMN 2.0 模型。"));
            return problems;
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
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getCamundaFormRef() == null || task.getCamundaFormRef().isBlank()) {
                problems.add(new ModelProblem(task.getId(), "用户任务“" + task.getName() + "”须引用一个中文表单（camunda:formRef）。"));
            } else if (!knownForms.contains(task.getCamundaFormRef())) {
                problems.add(new ModelProblem(task.getId(), "用户任务引用的表单“" + task.getCamundaFormRef() + "”不存在。"));
            }
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (start.getCamundaFormRef() != null && !knownForms.contains(start.getCamundaFormRef())) {
                problems.add(new ModelProblem(start.getId(), "开始事件引用的表单“" + start.getCamundaFormRef() + "”不存在。"));
            }
        }
        return problems;
    }

    /** Decision tables: safe XML, no script languages, JUEL expressions within {@link ExpressionRules}. */
    private List<ModelProblem> validateDecision(byte[] xml) {
        Document document;
        try {
            document = SafeXml.parse(xml, MAX_BYTES);
        } catch (SafeXml.RefusedXmlException e) {
            return List.of(new ModelProblem(null, e.getMessage()));
        }
        List<ModelProblem> problems = new ArrayList<>();
        SafeXml.walk(document.getDocumentElement(), element -> {
            String language = element.getAttribute("expressionLanguage");
            if (SCRIPT_LANGUAGE.matcher(language).matches()) {
                problems.add(new ModelProblem(SafeXml.ownerId(element), "决策表不得使用脚本语言（" + language + "）。"));
            }
            String text = SafeXml.ownText(element);
            ExpressionRules.problem(text).ifPresent(p -> problems.add(new ModelProblem(SafeXml.ownerId(element), p)));
        });
        return problems;
    }

    private Optional<String> formId(byte[] bytes) {
        try {
            JsonNode form = bytes.length > MAX_BYTES ? null : json.readTree(bytes);
            return form != null && form.path("id").isTextual() && !form.path("id").asText().isBlank()
                    ? Optional.of(form.path("id").asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
