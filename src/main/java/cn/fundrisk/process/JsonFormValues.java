package cn.fundrisk.process;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/** Lists in forms (form-js dynamic lists): Tasklist submits them as Json variables. */
public final class JsonFormValues {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFormValues() {
    }

    /** The list under key, whether it came as a Json variable, a JSON string or a Java list. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(DelegateTask task, String key, String label) {
        TypedValue typed = task.getVariableTyped(key, false);
        if (typed == null) {
            return List.of();
        }
        // read the serialized form first: Spin's getValue() deserializes lazily and drops it
        String json;
        if (typed instanceof SerializableValue serializable) {
            json = serializable.getValueSerialized();
        } else if (typed.getValue() instanceof List<?> list) {
            return (List<Map<String, Object>>) list;
        } else {
            json = typed.getValue() == null ? null : typed.getValue().toString();
        }
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return MAPPER.readValue(json, new TypeReference<List<Map<String, Object>>>() { });
        } catch (JsonProcessingException e) {
            throw new InputRejectedException(label + "的格式无效");
        }
    }

    /** Texts as a Json variable: a list too long for a string variable (4,000 characters in the engine's tables). */
    public static TypedValue jsonTexts(List<String> texts) {
        try {
            return SpinValues.jsonValue(MAPPER.writeValueAsString(texts)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A variable's value, a Json variable read as its list of texts. */
    public static Object plainOrTexts(TypedValue typed) {
        if (typed instanceof SerializableValue serializable && serializable.getValueSerialized() != null) {
            try {
                return MAPPER.readValue(serializable.getValueSerialized(), new TypeReference<List<String>>() { });
            } catch (JsonProcessingException e) {
                throw new InputRejectedException("单位列表的格式无效");
            }
        }
        return typed == null ? null : typed.getValue();
    }

    /** A list as a Json variable, for a form to pre-fill a dynamic list. */
    public static TypedValue json(List<Map<String, Object>> list) {
        try {
            return SpinValues.jsonValue(MAPPER.writeValueAsString(list)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
