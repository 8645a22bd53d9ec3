package cn.fundrisk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.fundrisk.campaign.Phase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conventions every model in bpmn/ keeps, checked on the files themselves (no engine, no Spring):
 * meaningful ids, a complete diagram, user tasks wired to a deployed form and to listeners, service
 * tasks as Spring beans, no scripts, the id constants and phases the Java code relies on, and
 * conditions on every branch of an exclusive gateway. Every failure names the file and the element.
 */
class ModelConventionsTest {

    static final Path BPMN_DIR = Path.of("bpmn");
    static final Path FORMS_DIR = Path.of("forms");
    static final String CAMPAIGN_MODEL = "campaign-process.bpmn";
    static final String UNIT_MODEL = "unit-campaign-process.bpmn";
    static final String ESCALATION_MODEL = "overdue-escalation-process.bpmn";
    static final String REMINDER_MODEL = "reminder-process.bpmn";
    static final String SENDER_MODEL = "outbox-sender-process.bpmn";
    static final String FOLLOW_UP_MODEL = "unit-follow-up-process.bpmn";
    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /** Process ids: camelCase, letters and digits only (campaignProcess). */
    static final Pattern PROCESS_ID = Pattern.compile("^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$");
    static final Pattern ELEMENT_ID = Pattern.compile("^(Task|Gateway|StartEvent|EndEvent|BoundaryEvent|SequenceFlow"
            + "|SubProcess|CallActivity|IntermediateThrowEvent|IntermediateCatchEvent|Escalation|Message|TimerEventDefinition"
            + "|EscalationEventDefinition|[A-Z][A-Za-z]+EventDefinition)_[A-Z][A-Za-z0-9]+$");
    /** What Camunda Modeler generates: Activity_0x1ab2c, Flow_1abc, Event_0xyz, Gateway_1k2j3h. */
    static final Pattern GENERATED_ID = Pattern.compile("_[0-9][a-z0-9]+");
    static final String TRACK_PHASE_LISTENER = "${trackPhaseListener}";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** file name → model, in file-name order. */
    private static final Map<String, BpmnModelInstance> MODELS = new LinkedHashMap<>();
    /** form file base name → the form's JSON "id" (null when it has none). */
    private static final Map<String, String> FORM_IDS = new LinkedHashMap<>();

    @BeforeAll
    static void readModelsAndForms() throws IOException {
        assertThat(BPMN_DIR).as("bpmn/ (tests run in the project directory)").isDirectory();
        for (Path file : list(BPMN_DIR, ".bpmn")) {
            MODELS.put(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile()));
        }
        for (Path file : list(FORMS_DIR, ".form")) {
            JsonNode id = JSON.readTree(file.toFile()).get("id");
            FORM_IDS.put(baseName(file, ".form"), id == null || id.isNull() ? null : id.asText());
        }
    }

    @Test
    void thereAreExactlyTheSixModels() {
        assertThat(MODELS.keySet()).as("models in bpmn/").containsExactlyInAnyOrder(CAMPAIGN_MODEL, UNIT_MODEL,
                ESCALATION_MODEL, REMINDER_MODEL, SENDER_MODEL, FOLLOW_UP_MODEL);
        assertThat(processIds(MODELS.get(FOLLOW_UP_MODEL))).containsExactly(UnitFollowUpProcess.KEY);
        assertThat(processIds(MODELS.get(ESCALATION_MODEL))).containsExactly(OverdueEscalationProcess.KEY);
        assertThat(processIds(MODELS.get(REMINDER_MODEL))).containsExactly(ReminderProcess.KEY);
        assertThat(processIds(MODELS.get(SENDER_MODEL))).containsExactly(OutboxSenderProcess.KEY);
        assertThat(processIds(MODELS.get(CAMPAIGN_MODEL))).as("processes in " + CAMPAIGN_MODEL)
                .containsExactly(CampaignProcess.KEY);
        assertThat(processIds(MODELS.get(UNIT_MODEL))).as("processes in " + UNIT_MODEL)
                .containsExactly(UnitCampaignProcess.KEY);
    }

    // (a) ------------------------------------------------------------------------------------------

    @Test
    void everyIdIsMeaningful() {
        List<String> violations = new ArrayList<>();
        MODELS.forEach((file, model) -> {
            // BaseElement covers flow nodes, flows, sub-processes, event definitions, escalations and
            // the processes; the DI elements (BPMNShape, BPMNEdge, BPMNPlane, ...) are not BaseElements.
            for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
                String id = element.getId();
                if (id == null) {
                    continue;
                }
                String where = where(file, element);
                if (element instanceof Process) {
                    if (!PROCESS_ID.matcher(id).matches()) {
                        violations.add(where + ": a process id must be a camelCase noun such as campaignProcess");
                    }
                } else if (GENERATED_ID.matcher(id).find()) {
                    violations.add(where + ": Modeler-generated id; name it after what it is (e.g. Task_ReviewReport)");
                } else if (!ELEMENT_ID.matcher(id).matches()) {
                    violations.add(where + ": id does not match " + ELEMENT_ID.pattern());
                } else {
                    String prefix = expectedPrefix(element);
                    if (prefix != null && !id.startsWith(prefix + "_")) {
                        violations.add(where + ": id of a " + typeName(element) + " must start with " + prefix + "_");
                    }
                }
            }
        });
        assertThat(violations).as("ids that are not meaningful").isEmpty();
    }

    private static String expectedPrefix(BaseElement element) {
        if (element instanceof Task) return "Task";
        if (element instanceof Gateway) return "Gateway";
        if (element instanceof StartEvent) return "StartEvent";
        if (element instanceof EndEvent) return "EndEvent";
        if (element instanceof BoundaryEvent) return "BoundaryEvent";
        if (element instanceof IntermediateThrowEvent) return "IntermediateThrowEvent";
        if (element instanceof IntermediateCatchEvent) return "IntermediateCatchEvent";
        if (element instanceof Message) return "Message";
        if (element instanceof SequenceFlow) return "SequenceFlow";
        if (element instanceof SubProcess) return "SubProcess";
        if (element instanceof CallActivity) return "CallActivity";
        if (element instanceof Escalation) return "Escalation";
        if (element instanceof EventDefinition) return capitalized(typeName(element)); // TimerEventDefinition
        return null;
    }

    // (b) ------------------------------------------------------------------------------------------

    @Test
    void everyFlowNodeHasAShapeAndEverySequenceFlowAnEdge() {
        List<String> violations = new ArrayList<>();
        MODELS.forEach((file, model) -> {
            Set<String> shaped = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(BpmnShape::getBpmnElement).filter(Objects::nonNull).map(BaseElement::getId)
                    .collect(Collectors.toSet());
            Set<String> edged = model.getModelElementsByType(BpmnEdge.class).stream()
                    .map(BpmnEdge::getBpmnElement).filter(Objects::nonNull).map(BaseElement::getId)
                    .collect(Collectors.toSet());
            Set<String> planes = model.getModelElementsByType(BpmnPlane.class).stream()
                    .map(BpmnPlane::getBpmnElement).filter(Objects::nonNull).map(BaseElement::getId)
                    .collect(Collectors.toSet());
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (!planes.contains(process.getId())) {
                    violations.add(where(file, process) + ": no BPMNDiagram plane shows this process");
                }
            }
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                if (!shaped.contains(node.getId())) {
                    violations.add(where(file, node) + ": has no BPMNShape");
                }
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                if (!edged.contains(flow.getId())) {
                    violations.add(where(file, flow) + ": has no BPMNEdge");
                }
            }
        });
        assertThat(violations).as("elements missing from the diagram").isEmpty();
    }

    // (c) ------------------------------------------------------------------------------------------

    @Test
    void everyUserTaskHasGroupsDueDateDeployedFormAndListeners() {
        List<String> violations = new ArrayList<>();
        MODELS.forEach((file, model) -> {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String where = where(file, task);
                if (isBlank(task.getCamundaCandidateGroups())) {
                    violations.add(where + ": no camunda:candidateGroups");
                }
                if (isBlank(task.getCamundaDueDate())) {
                    violations.add(where + ": no camunda:dueDate");
                }
                checkFormRef(where, task.getCamundaFormRef(), task.getCamundaFormRefBinding(),
                        task.getCamundaFormKey(), violations);
                List<CamundaTaskListener> listeners = extensions(task, CamundaTaskListener.class);
                for (String event : List.of("create", "complete")) {
                    boolean found = listeners.stream().anyMatch(l -> event.equals(l.getCamundaEvent())
                            && !isBlank(l.getCamundaDelegateExpression()));
                    if (!found) {
                        violations.add(where + ": no " + event + " task listener with a delegateExpression");
                    }
                }
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null || start.getCamundaFormKey() != null) {
                    checkFormRef(where(file, start), start.getCamundaFormRef(), start.getCamundaFormRefBinding(),
                            start.getCamundaFormKey(), violations);
                }
            }
        });
        assertThat(violations).as("user tasks and start forms not wired as agreed").isEmpty();
    }

    private static void checkFormRef(String where, String formRef, String binding, String formKey,
            List<String> violations) {
        if (formKey != null) {
            violations.add(where + ": uses camunda:formKey \"" + formKey + "\"; use camunda:formRef to a deployed form");
        }
        if (isBlank(formRef)) {
            violations.add(where + ": no camunda:formRef");
            return;
        }
        if (!"deployment".equals(binding)) {
            violations.add(where + ": camunda:formRefBinding is \"" + binding + "\", must be \"deployment\"");
        }
        if (!FORM_IDS.containsKey(formRef)) {
            violations.add(where + ": camunda:formRef \"" + formRef + "\" but there is no forms/" + formRef + ".form");
        } else if (!formRef.equals(FORM_IDS.get(formRef))) {
            violations.add(where + ": forms/" + formRef + ".form has id \"" + FORM_IDS.get(formRef)
                    + "\", not \"" + formRef + "\"");
        }
    }

    // (d) ------------------------------------------------------------------------------------------

    @Test
    void serviceTasksAreDelegateExpressionsAndThereAreNoScripts() {
        List<String> violations = new ArrayList<>();
        MODELS.forEach((file, model) -> {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                String where = where(file, task);
                if (isBlank(task.getCamundaDelegateExpression())) {
                    violations.add(where + ": no camunda:delegateExpression");
                }
                if (task.getCamundaClass() != null) {
                    violations.add(where + ": uses camunda:class");
                }
                if (task.getCamundaExpression() != null) {
                    violations.add(where + ": uses camunda:expression");
                }
                if (task.getCamundaType() != null) {
                    violations.add(where + ": uses camunda:type=\"" + task.getCamundaType() + "\"");
                }
            }
            for (ScriptTask task : model.getModelElementsByType(ScriptTask.class)) {
                violations.add(where(file, task) + ": script task");
            }
            walk(model.getDocument().getRootElement(), element -> {
                String ns = element.getNamespaceURI();
                String name = element.getLocalName();
                if (CAMUNDA_NS.equals(ns) && "script".equals(name)) {
                    violations.add(file + " " + owner(element) + ": camunda:script");
                }
                if (element.hasAttribute(CAMUNDA_NS, "class")) {
                    violations.add(file + " " + owner(element) + ": camunda:class on <" + name + ">");
                }
                if (CAMUNDA_NS.equals(ns) && ("executionListener".equals(name) || "taskListener".equals(name))
                        && isBlank(element.getAttribute("delegateExpression"))) {
                    violations.add(file + " " + owner(element) + ": camunda:" + name
                            + " without a delegateExpression (class, expression or script)");
                }
                if (BPMN_NS.equals(ns) && "conditionExpression".equals(name) && element.hasAttribute("language")) {
                    violations.add(file + " " + owner(element) + ": script condition (language=\""
                            + element.getAttribute("language") + "\")");
                }
            });
        });
        assertThat(violations).as("service tasks not delegating to a bean, or scripts").isEmpty();
    }

    // (e) ------------------------------------------------------------------------------------------

    @Test
    void everyElementIdConstantExistsInItsModel() throws IllegalAccessException {
        List<String> violations = new ArrayList<>();
        checkConstants(CampaignProcess.class, CAMPAIGN_MODEL, violations);
        checkConstants(UnitCampaignProcess.class, UNIT_MODEL, violations);
        checkConstants(OverdueEscalationProcess.class, ESCALATION_MODEL, violations);
        checkConstants(ReminderProcess.class, REMINDER_MODEL, violations);
        checkConstants(OutboxSenderProcess.class, SENDER_MODEL, violations);
        checkConstants(UnitFollowUpProcess.class, FOLLOW_UP_MODEL, violations);
        assertThat(violations).as("constants that name nothing in their model").isEmpty();
    }

    private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    private static void checkConstants(Class<?> constants, String file, List<String> violations)
            throws IllegalAccessException {
        BpmnModelInstance model = MODELS.get(file);
        Set<String> escalationCodes = model.getModelElementsByType(Escalation.class).stream()
                .map(Escalation::getEscalationCode).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> errorCodes = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Error.class).stream()
                .map(org.camunda.bpm.model.bpmn.instance.Error::getErrorCode).filter(Objects::nonNull).collect(Collectors.toSet());
        int checked = 0;
        for (Field field : constants.getDeclaredFields()) {
            int mod = field.getModifiers();
            if (!Modifier.isPublic(mod) || !Modifier.isStatic(mod) || !Modifier.isFinal(mod)
                    || field.getType() != String.class) {
                continue;
            }
            String value = (String) field.get(null);
            String where = constants.getSimpleName() + "." + field.getName() + " = \"" + value + "\"";
            if ("KEY".equals(field.getName()) && !processIds(model).contains(value)) {
                violations.add(where + ": no process with this id in " + file);
            } else if ("RESOURCE".equals(field.getName()) && !value.equals("bpmn/" + file)) {
                violations.add(where + ": the model is bpmn/" + file);
            } else if (value.contains("_")) {
                checked++;
                if (field.getName().contains("CODE")) {
                    // not an element id: a code the model throws (ESCALATION_CODE_PHASE_OVERDUE)
                    if (!escalationCodes.contains(value) && !errorCodes.contains(value)) {
                        violations.add(where + ": no escalation or error with this code in " + file);
                    }
                } else if (value.endsWith(MULTI_INSTANCE_BODY)) {
                    // the engine's id of a multi-instance body: the activity must exist and be multi-instance
                    var activity = model.getModelElementById(value.substring(0, value.length() - MULTI_INSTANCE_BODY.length()));
                    if (!(activity instanceof org.camunda.bpm.model.bpmn.instance.Activity a)
                            || a.getLoopCharacteristics() == null) {
                        violations.add(where + ": no multi-instance activity with this id in " + file);
                    }
                } else if (model.getModelElementById(value) == null) {
                    violations.add(where + ": no element with this id in " + file);
                }
            }
        }
        assertThat(checked).as("element-id constants found in " + constants.getSimpleName()).isPositive();
    }

    // (f) ------------------------------------------------------------------------------------------

    @Test
    void everyPhaseHasItsActivityDeadlineTimerOverduePathAndTracking() {
        BpmnModelInstance model = MODELS.get(UNIT_MODEL);
        List<String> violations = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            String where = UNIT_MODEL + " Phase." + phase.name();
            ModelElementInstance activityElement = model.getModelElementById(phase.activityId());
            ModelElementInstance overdueElement = model.getModelElementById(phase.overdueActivityId());
            if (!(activityElement instanceof Activity activity)) {
                violations.add(where + ": activityId " + phase.activityId() + " is not an activity of the model");
                continue;
            }
            if (!(overdueElement instanceof Activity)) {
                violations.add(where + ": overdueActivityId " + phase.overdueActivityId()
                        + " is not an activity of the model");
            }
            where = where + " (" + activity.getId() + ")";

            // the deadline from the campaign's table, by the instance's business key, not a variable
            String deadline = "${processRecord.deadline(execution, '" + phase.name() + "')}";
            List<BoundaryEvent> timers = model.getModelElementsByType(BoundaryEvent.class).stream()
                    .filter(b -> b.getAttachedTo() != null && activity.getId().equals(b.getAttachedTo().getId()))
                    .filter(b -> !b.getEventDefinitions().isEmpty()
                            && b.getEventDefinitions().iterator().next() instanceof TimerEventDefinition)
                    .toList();
            List<BoundaryEvent> deadlineTimers = timers.stream().filter(b -> {
                TimerEventDefinition timer = (TimerEventDefinition) b.getEventDefinitions().iterator().next();
                return timer.getTimeDate() != null && deadline.equals(timer.getTimeDate().getTextContent().strip());
            }).toList();
            if (deadlineTimers.isEmpty()) {
                violations.add(where + ": no timer boundary event with timeDate " + deadline
                        + " (timers attached: " + timers.stream().map(BoundaryEvent::getId).toList() + ")");
            }
            for (BoundaryEvent timer : deadlineTimers) {
                if (timer.cancelActivity()) {
                    violations.add(where + ": deadline timer " + timer.getId() + " is interrupting");
                }
                List<String> targets = timer.getOutgoing().stream().map(f -> f.getTarget().getId()).toList();
                if (!targets.equals(List.of(phase.overdueActivityId()))) {
                    violations.add(where + ": deadline timer " + timer.getId() + " leads to " + targets
                            + ", not to " + phase.overdueActivityId());
                }
            }
            if (overdueElement instanceof Activity overdue) {
                // directly, or through a parallel fork whose other branch calls overdueEscalationProcess
                List<FlowNode> targets = overdue.getOutgoing().stream().map(SequenceFlow::getTarget)
                        .flatMap(target -> target instanceof ParallelGateway fork
                                ? fork.getOutgoing().stream().map(SequenceFlow::getTarget) : Stream.of(target))
                        .toList();
                boolean escalates = targets.stream().anyMatch(target -> target instanceof EndEvent end
                        && throwsEscalation(end, UnitCampaignProcess.ESCALATION_CODE_PHASE_OVERDUE));
                if (!escalates) {
                    violations.add(where + ": " + overdue.getId() + " does not end in an escalation end event with code "
                            + UnitCampaignProcess.ESCALATION_CODE_PHASE_OVERDUE);
                }
                boolean supervised = targets.stream().anyMatch(target -> target instanceof CallActivity call
                        && OverdueEscalationProcess.KEY.equals(call.getCalledElement()));
                if (!supervised) {
                    violations.add(where + ": " + overdue.getId() + " does not call " + OverdueEscalationProcess.KEY);
                }
            }

            List<CamundaExecutionListener> listeners = extensions(activity, CamundaExecutionListener.class);
            for (String event : List.of("start", "end")) {
                boolean tracked = listeners.stream().anyMatch(l -> event.equals(l.getCamundaEvent())
                        && TRACK_PHASE_LISTENER.equals(l.getCamundaDelegateExpression()));
                if (!tracked) {
                    violations.add(where + ": no " + event + " execution listener " + TRACK_PHASE_LISTENER);
                }
            }
        }
        assertThat(violations).as("phases not modelled as Phase expects").isEmpty();
    }

    private static boolean throwsEscalation(EndEvent end, String code) {
        return end.getEventDefinitions().stream().anyMatch(d -> d instanceof EscalationEventDefinition e
                && e.getEscalation() != null && code.equals(e.getEscalation().getEscalationCode()));
    }

    // (g) ------------------------------------------------------------------------------------------

    /**
     * A gateway that decides (more than one outgoing flow) has a condition on every outgoing flow, so
     * no path is taken by default. A merging gateway has a single, unconditional outgoing flow.
     */
    @Test
    void everyBranchOfAnExclusiveGatewayHasACondition() {
        List<String> violations = new ArrayList<>();
        MODELS.forEach((file, model) -> {
            for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
                Collection<SequenceFlow> outgoing = gateway.getOutgoing();
                if (outgoing.size() < 2) {
                    continue;
                }
                if (gateway.getDefault() != null) {
                    violations.add(where(file, gateway) + ": has a default flow " + gateway.getDefault().getId());
                }
                for (SequenceFlow flow : outgoing) {
                    if (flow.getConditionExpression() == null
                            || isBlank(flow.getConditionExpression().getTextContent())) {
                        violations.add(where(file, gateway) + ": outgoing " + flow.getId() + " has no condition");
                    }
                }
            }
        });
        assertThat(violations).as("exclusive gateway branches without a condition").isEmpty();
    }

    // ----------------------------------------------------------------------------------------------

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix) && Files.isRegularFile(f))
                    .sorted().toList();
        }
    }

    private static String baseName(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }

    private static List<String> processIds(BpmnModelInstance model) {
        return model.getModelElementsByType(Process.class).stream().map(Process::getId).toList();
    }

    private static <T extends ModelElementInstance> List<T> extensions(BaseElement element, Class<T> type) {
        ExtensionElements extensions = element.getExtensionElements();
        return extensions == null ? List.of() : extensions.getElementsQuery().filterByType(type).list();
    }

    private static void walk(DomElement element, java.util.function.Consumer<DomElement> visitor) {
        visitor.accept(element);
        for (DomElement child : element.getChildElements()) {
            walk(child, visitor);
        }
    }

    /** The id of the nearest element around a DOM node that has one. */
    private static String owner(DomElement element) {
        for (DomElement e = element; e != null; e = e.getParentElement()) {
            String id = e.getAttribute("id");
            if (id != null && !id.isEmpty()) {
                return id + (e == element ? "" : " <" + element.getLocalName() + ">");
            }
        }
        return "<" + element.getLocalName() + ">";
    }

    private static String where(String file, BaseElement element) {
        return file + " " + element.getId() + " (" + typeName(element) + ")";
    }

    private static String typeName(ModelElementInstance element) {
        return element.getElementType().getTypeName();
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
