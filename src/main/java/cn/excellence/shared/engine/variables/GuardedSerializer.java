package cn.excellence.shared.engine.variables;

import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * One of the engine's serializers, which checks every value against the {@link VariableRules} before it is
 * stored. Objects the engine hands over itself for the moment only (transient, as a DMN task's
 * {@code decisionResult}) are never stored, so never read back, and pass.
 */
class GuardedSerializer<T extends TypedValue> implements TypedValueSerializer<T> {

    private final TypedValueSerializer<T> serializer;
    private final VariableRules rules;

    GuardedSerializer(TypedValueSerializer<T> serializer, VariableRules rules) {
        this.serializer = serializer;
        this.rules = rules;
    }

    @Override
    public void writeValue(T value, ValueFields valueFields) {
        rules.check(valueFields.getName(), value);
        serializer.writeValue(value, valueFields);
        if (value instanceof ObjectValue object && object.isDeserialized() && !object.isTransient()) {
            rules.checkSerialized(valueFields.getName(), object);
        }
    }

    @Override
    public String getName() {
        return serializer.getName();
    }

    @Override
    public ValueType getType() {
        return serializer.getType();
    }

    @Override
    public T readValue(ValueFields valueFields, boolean deserializeValue, boolean asTransientValue) {
        return serializer.readValue(valueFields, deserializeValue, asTransientValue);
    }

    @Override
    public boolean canHandle(TypedValue value) {
        return serializer.canHandle(value);
    }

    @Override
    public T convertToTypedValue(UntypedValueImpl untypedValue) {
        return serializer.convertToTypedValue(untypedValue);
    }

    @Override
    public String getSerializationDataformat() {
        return serializer.getSerializationDataformat();
    }

    @Override
    public boolean isMutableValue(T value) {
        return serializer.isMutableValue(value);
    }
}
