package cn.excellence.shared.engine.variables;

import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import cn.excellence.shared.TaskInputException;

/** What a variable may hold, whoever sets it: objects only of the allowed types, text without NUL. */
class VariableRules {

    private final AllowedVariableTypes types;

    VariableRules(AllowedVariableTypes types) {
        this.types = types;
    }

    void check(TypedValue value) {
        if (value instanceof ObjectValue object && !object.isDeserialized() && !types.allows(object.getObjectTypeName())) {
            throw refused(object.getObjectTypeName());
        }
        if (value instanceof StringValue text && text.getValue() != null && text.getValue().indexOf('\0') >= 0) {
            throw new TaskInputException("变量的文字中含有空字符（NUL），请删除后重试。");
        }
    }

    /** An object the application itself handed over: its type is known only once it is serialized. */
    void checkSerialized(ObjectValue value) {
        if (!types.allows(value.getObjectTypeName())) {
            throw refused(value.getObjectTypeName());
        }
    }

    private static TaskInputException refused(String typeName) {
        return new TaskInputException(typeName == null || typeName.isBlank()
                ? "对象类型的变量须指明类型（objectTypeName）。"
                : "不接受该对象类型的变量：只能使用文字、数字、布尔、日期和 JSON 值。");
    }
}
