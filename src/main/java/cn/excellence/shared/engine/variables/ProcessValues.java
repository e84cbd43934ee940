package cn.excellence.shared.engine.variables;

import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the variables a delegate or listener runs on: a record's id, whichever number type the engine holds. */
public final class ProcessValues {

    private static final Pattern DIGITS = Pattern.compile("-?\\d{1,18}");

    private ProcessValues() {
    }

    /** The whole number in {@code name} (an id): Integer, Long or any other Number, or its digits as text; fails when it is missing. */
    public static long longOf(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof String text && DIGITS.matcher(text).matches()) {
            return Long.parseLong(text);
        }
        throw new IllegalStateException("variable " + name + " is " + (value == null ? "missing" : "not a number: " + value));
    }
}
