package cn.excellence.shared.engine.variables;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the variables a delegate or listener runs on: a record's id, whichever number type the engine holds. */
public final class ProcessValues {

    private ProcessValues() {
    }

    /** The whole number in {@code name} (an id): Integer, Long or any other Number; fails when it is missing. */
    public static long longOf(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("variable " + name + " is " + (value == null ? "missing" : "not a number: " + value));
    }
}
