package cn.excellence.modeling;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.DomElement;

/** What changed between two versions of a model: flow elements added, removed, and changed (name, type or attributes). */
public record ModelDiff(List<String> added, List<String> removed, List<String> changed) {

    public static ModelDiff between(byte[] from, byte[] to) {
        Map<String, String> before = signatures(Bpmn.readModelFromStream(new ByteArrayInputStream(from)));
        Map<String, String> after = signatures(Bpmn.readModelFromStream(new ByteArrayInputStream(to)));
        return new ModelDiff(after.keySet().stream().filter(id -> !before.containsKey(id)).toList(),
                before.keySet().stream().filter(id -> !after.containsKey(id)).toList(),
                after.keySet().stream().filter(id -> before.containsKey(id) && !before.get(id).equals(after.get(id))).toList());
    }

    private static Map<String, String> signatures(BpmnModelInstance model) {
        Map<String, String> signatures = new TreeMap<>();
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            signatures.put(element.getId(), signature(element.getDomElement()));
        }
        return signatures;
    }

    private static String signature(DomElement dom) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("type", dom.getLocalName());
        for (String name : List.of("name", "camunda:assignee", "camunda:candidateGroups", "camunda:formRef", "camunda:delegateExpression",
                "camunda:expression", "camunda:resultVariable", "camunda:candidateUsers", "camunda:dueDate", "calledElement", "sourceRef", "targetRef")) {
            String value = name.startsWith("camunda:") ? dom.getAttribute("http://camunda.org/schema/1.0/bpmn", name.substring(8))
                    : dom.getAttribute(name);
            attributes.put(name, value);
        }
        return attributes.toString() + dom.getTextContent();
    }

    /** For the audit record and the modeler: "新增 A、B；修改 C", or that no element changed. */
    public String summary() {
        List<String> parts = new java.util.ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("新增 " + String.join("、", added));
        }
        if (!removed.isEmpty()) {
            parts.add("删除 " + String.join("、", removed));
        }
        if (!changed.isEmpty()) {
            parts.add("修改 " + String.join("、", changed));
        }
        return parts.isEmpty() ? "元素没有变化" : String.join("；", parts);
    }
}
