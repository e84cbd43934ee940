package cn.excellence.shared.engine.variables;

import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.excellence.shared.TaskInputException;

/** What a variable may hold, whoever sets it: objects only of the allowed types, text without NUL. */
class VariableRules {

    private static final Logger log = LoggerFactory.getLogger(VariableRules.class);

    private final AllowedVariableTypes types;

    VariableRules(AllowedVariableTypes types) {
        this.types = types;
    }

    void check(String name, TypedValue value) {
        if (value instanceof ObjectValue object && !object.isDeserialized() && !types.allows(object.getObjectTypeName())) {
            throw refused(name, object.getObjectTypeName());
        }
        if (value instanceof StringValue text && text.getValue() != null && text.getValue().indexOf('\0') >= 0) {
            throw new TaskInputException("“" + name + "”含有不可见的控制字符（NUL），请删除后重试。");
        }
    }

    /** An object the application itself handed over: its type is known only once it is serialized. */
    void checkSerialized(String name, ObjectValue value) {
        if (!types.allows(value.getObjectTypeName())) {
            throw refused(name, value.getObjectTypeName());
        }
    }

    private static TaskInputException refused(String name, String typeName) {
        log.info("refused variable {} of type {}", name, typeName);
        return new TaskInputException(typeName == null || typeName.isBlank()
                ? "对象类型的变量须指明类型（objectTypeName）。"
                : "不接受该对象类型的变量：只能使用文字、数字、布尔、日期和 JSON 值。");
    }
}
