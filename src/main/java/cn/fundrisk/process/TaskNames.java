package cn.fundrisk.process;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * The Chinese name a BPMN element carries in our models (审核本单位工作方案 for
 * Task_ApproveUnitPlan), read from the latest deployed version of every process, for pages that
 * must not show model ids. Read once and again when an id is not known yet (a new deployment).
 */
@Component
public class TaskNames {

    private final RepositoryService repositoryService;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    public TaskNames(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** The element's name, or null when no deployed model has an element with that id. */
    public String of(String elementId) {
        if (elementId == null) {
            return null;
        }
        String name = names.get(elementId);
        if (name == null) {
            load();
            name = names.get(elementId);
        }
        return name;
    }

    private synchronized void load() {
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            for (FlowElement element : repositoryService.getBpmnModelInstance(definition.getId())
                    .getModelElementsByType(FlowElement.class)) {
                if (element.getName() != null && !element.getName().isBlank()) {
                    names.put(element.getId(), element.getName().strip());
                }
            }
        }
    }
}
