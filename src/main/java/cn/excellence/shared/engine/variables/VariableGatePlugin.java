package cn.excellence.shared.engine.variables;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * The engine's one gate for variables, whichever way they come (engine REST, the webapps' engine API,
 * {@code /api}, delegates): {@code Object} values only of the {@link AllowedVariableTypes}, checked when
 * they are written and again when they are read; text without NUL. A refused value is a
 * {@link cn.excellence.shared.TaskInputException}, so every client gets a 400 with a Chinese message.
 */
@Component
class VariableGatePlugin extends AbstractProcessEnginePlugin {

    private static final List<ValueType> GUARDED = List.of(ValueType.OBJECT, ValueType.STRING);

    private final AllowedVariableTypes types = new AllowedVariableTypes();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDeserializationTypeValidationEnabled(true);
        configuration.setDeserializationTypeValidator(types);
    }

    /** After every plugin's {@code postInit}: Spin adds its JSON object serializer there. */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        VariableRules rules = new VariableRules(types);
        VariableSerializers serializers = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getVariableSerializers();
        for (TypedValueSerializer<?> serializer : List.copyOf(serializers.getSerializers())) {
            if (GUARDED.contains(serializer.getType())) {
                int index = serializers.getSerializerIndex(serializer);
                serializers.removeSerializer(serializer);
                serializers.addSerializer(new GuardedSerializer<>(serializer, rules), index);
            }
        }
    }
}
