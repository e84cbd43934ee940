package cn.excellence.shared.engine.variables;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/** A list or record kept in a process variable as JSON (never Java serialization), e.g. the ids a multi-instance runs over. */
public final class JsonValues {

    private JsonValues() {
    }

    public static ObjectValue json(Object value) {
        return Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
