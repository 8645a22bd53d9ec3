package cn.fundrisk.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.springframework.stereotype.Component;

/**
 * The fields a task's deployed Camunda Form declares (forms/*.form): the {@code key} of every input
 * component and the {@code path} of every dynamic list, with the value types a submission may give
 * each: Json only for lists (and checklists, tag lists), plain values otherwise (text, number,
 * boolean, nothing). Read as the engine from the form deployed with the task's model.
 */
@Component
public class DeclaredFields {

    /** Json, not plain: the components whose value is a list. */
    private static final Set<String> LISTS = Set.of("dynamiclist", "checklist", "taglist");
    /** Components without a value. */
    private static final Set<String> NO_VALUE = Set.of("text", "html", "image", "separator", "spacer", "button",
            "iframe", "table", "documentPreview");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormService formService;

    public DeclaredFields(FormService formService) {
        this.formService = formService;
    }

    /** Field key → whether its value is a list (Json); empty when the task has no deployed form. */
    public Map<String, Boolean> of(String taskId) {
        try (InputStream form = formService.getDeployedTaskForm(taskId)) {
            Map<String, Boolean> fields = new HashMap<>();
            collect(JSON.readTree(form).path("components"), fields);
            return fields;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    private static void collect(JsonNode components, Map<String, Boolean> fields) {
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            if (LISTS.contains(type)) {
                String key = component.hasNonNull("path") ? component.path("path").asText()
                        : component.path("key").asText("");
                if (!key.isEmpty()) {
                    fields.put(key, true);
                }
                continue; // a list's own fields travel inside its Json value
            }
            if (!NO_VALUE.contains(type) && component.hasNonNull("key")) {
                fields.put(component.path("key").asText(), false);
            }
            collect(component.path("components"), fields);
        }
    }
}
