package cn.fundrisk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.fundrisk.campaign.Phase;
import cn.fundrisk.checklist.ItemAssessment;
import cn.fundrisk.checklist.ItemSheetForm;
import cn.fundrisk.rectification.RectificationTaskListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The keys the forms in forms/ submit, against what the task listeners read. Plain JUnit: the forms
 * are parsed as JSON (form-js schema), the models with Camunda's model API.
 */
class FormKeysTest {

    static final Path FORMS_DIR = Path.of("forms");
    static final Path BPMN_DIR = Path.of("bpmn");
    /** A key segment: a plain identifier, so it is a valid variable name and FEEL name. */
    static final Pattern IDENTIFIER = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** form file base name → its JSON. */
    private static final Map<String, JsonNode> FORMS = new LinkedHashMap<>();
    /** form ref → where it is referenced (file and element id). */
    private static final Map<String, List<String>> FORM_REFS = new LinkedHashMap<>();

    @BeforeAll
    static void readFormsAndModels() throws IOException {
        for (Path file : list(FORMS_DIR, ".form")) {
            String name = file.getFileName().toString();
            FORMS.put(name.substring(0, name.length() - ".form".length()), JSON.readTree(file.toFile()));
        }
        for (Path file : list(BPMN_DIR, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                addRef(task.getCamundaFormRef(), file.getFileName() + " " + task.getId());
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                addRef(start.getCamundaFormRef(), file.getFileName() + " " + start.getId());
            }
        }
        assertThat(FORMS).as("forms in forms/").isNotEmpty();
    }

    private static void addRef(String formRef, String where) {
        if (formRef != null) {
            FORM_REFS.computeIfAbsent(formRef, r -> new ArrayList<>()).add(where);
        }
    }

    // --- every form ------------------------------------------------------------------------------

    @Test
    void everyFormIsReferencedByAModel() {
        List<String> unused = FORMS.keySet().stream().filter(form -> !FORM_REFS.containsKey(form)).toList();
        assertThat(unused).as("forms no BPMN camunda:formRef names (formRefs: %s)", FORM_REFS.keySet()).isEmpty();
    }

    @Test
    void everyFormIdIsItsFileName() {
        List<String> violations = new ArrayList<>();
        FORMS.forEach((name, form) -> {
            String id = form.path("id").asText(null);
            if (!name.equals(id)) {
                violations.add("forms/" + name + ".form: id is \"" + id + "\"");
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void everyKeyIsAnIdentifierAndUniqueInItsForm() {
        List<String> violations = new ArrayList<>();
        FORMS.forEach((name, form) -> {
            List<String> keys = keysInOrder(form);
            for (String key : keys) {
                for (String segment : key.split("\\.", -1)) {
                    if (!IDENTIFIER.matcher(segment).matches()) {
                        violations.add("forms/" + name + ".form: key \"" + key + "\" is not a valid identifier");
                        break;
                    }
                }
            }
            Set<String> seen = new TreeSet<>();
            for (String key : keys) {
                if (!seen.add(key)) {
                    violations.add("forms/" + name + ".form: key \"" + key + "\" appears more than once");
                }
            }
            if (keys.isEmpty()) {
                violations.add("forms/" + name + ".form: has no input at all");
            }
        });
        assertThat(violations).isEmpty();
    }

    // --- forms against the listeners that read them ---------------------------------------------

    @Test
    void reviewFormSubmitsTheDecisionAndComment() {
        assertThat(keys("review")).containsExactlyInAnyOrder(TaskForm.DECISION, TaskForm.COMMENT);
        assertThat(choices("review", TaskForm.DECISION)).containsExactlyInAnyOrder(TaskForm.APPROVE, TaskForm.RETURN);
    }

    @Test
    void receiptFormSubmitsTheDecisionAndComment() {
        assertThat(keys("receive-report")).containsExactlyInAnyOrder(TaskForm.DECISION, TaskForm.COMMENT);
        assertThat(choices("receive-report", TaskForm.DECISION)).containsExactlyInAnyOrder(TaskForm.APPROVE,
                TaskForm.RETURN);
    }

    @Test
    void staffingFilingFormSubmitsTheConfirmationAndNote() {
        Class<?> listener = cn.fundrisk.staffing.StaffingFilingTaskListener.class;
        assertThat(keys("file-staffing-table")).containsExactlyInAnyOrder(constant(listener, "CONFIRM"),
                constant(listener, "NOTE"));
    }

    @Test
    void accountabilityFormSubmitsTheConclusionAndOneDecision() {
        Class<?> listener = cn.fundrisk.accountability.AccountabilityTaskListener.class;
        assertThat(keys("decide-accountability")).containsExactlyInAnyOrder(constant(listener, "CONCLUSION"),
                constant(listener, "TARGET"), constant(listener, "METHOD"), constant(listener, "BASIS"),
                constant(listener, "DECIDED_ON"), constant(listener, "DECIDED_BY"), constant(listener, "NOTE"));
        assertThat(choices("decide-accountability", constant(listener, "CONCLUSION")))
                .containsExactlyInAnyOrderElementsOf(names(cn.fundrisk.accountability.AccountabilityTaskListener.Conclusion.values()));
        assertThat(choices("decide-accountability", constant(listener, "METHOD")))
                .containsExactlyInAnyOrderElementsOf(names(cn.fundrisk.accountability.Accountability.Method.values()));
    }

    @Test
    void reviewSelfInspectionFormAlsoSubmitsTheReturnedItems() {
        assertThat(keys("review-self-inspection")).containsExactlyInAnyOrder(TaskForm.DECISION, TaskForm.COMMENT,
                constant(cn.fundrisk.checklist.SelfInspectionTaskListener.class, "RETURNED_ITEMS"));
        assertThat(choices("review-self-inspection", TaskForm.DECISION))
                .containsExactlyInAnyOrder(TaskForm.APPROVE, TaskForm.RETURN);
    }

    @Test
    void selfInspectItemFormSubmitsResultNoteAndProblems() {
        Class<?> listener = cn.fundrisk.checklist.SelfInspectionTaskListener.class;
        String problems = constant(listener, "PROBLEMS");
        // the entry fields ProblemEntries reads from each problem of the list
        assertThat(keys("self-inspect-item")).containsExactlyInAnyOrder(
                constant(listener, "RESULT"), constant(listener, "NOTE"), problems,
                problems + ".description", problems + ".cause", problems + ".riskLevel", problems + ".measure",
                problems + ".responsiblePerson", problems + ".responsibleLeader", problems + ".plannedDate");
        assertThat(choices("self-inspect-item", constant(listener, "RESULT")))
                .containsExactlyInAnyOrderElementsOf(names(ItemAssessment.Result.values()));
        assertThat(choices("self-inspect-item", "riskLevel"))
                .containsExactlyInAnyOrderElementsOf(names(cn.fundrisk.rectification.Problem.RiskLevel.values()));
    }

    @Test
    void rectifyProblemFormSubmitsOutcomeAndActionTaken() {
        Class<?> listener = RectificationTaskListener.class;
        assertThat(keys("rectify-problem")).containsExactlyInAnyOrder(
                constant(listener, "OUTCOME"), constant(listener, "ACTION_TAKEN"), constant(listener, "COMPLETED_ON"));
        assertThat(choices("rectify-problem", constant(listener, "OUTCOME")))
                .containsExactlyInAnyOrderElementsOf(names(RectificationTaskListener.Outcome.values()));
    }

    @Test
    void coordinateProblemFormSubmitsTheCoordinationNote() {
        assertThat(keys("coordinate-problem"))
                .containsExactly(constant(RectificationTaskListener.class, "COORDINATION_NOTE"));
    }

    @Test
    void writeReportFormSubmitsTheReportText() {
        assertThat(keys("write-report")).containsExactly(FormKeys.REPORT_TEXT);
    }

    @Test
    void writeSummaryReportFormSubmitsTheTextAndASelfScorePerItem() {
        Set<String> expected = new TreeSet<>(ItemSheetForm.keys(ItemSheetForm.Entry.SELF_SCORE));
        expected.add(FormKeys.REPORT_TEXT);
        assertThat(expected).contains("selfScore1", "selfScore31").hasSize(32);
        assertThat(keys("write-summary-report")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void scoreUnitFormSubmitsAScoreAndReasonPerItem() {
        assertThat(ItemSheetForm.keys(ItemSheetForm.Entry.SCORE)).contains("score1", "reason31").hasSize(62);
        assertThat(keys("score-unit")).containsExactlyInAnyOrderElementsOf(ItemSheetForm.keys(ItemSheetForm.Entry.SCORE));
    }

    @Test
    void campaignStartFormSubmitsTheRequestAndEveryPhaseDeadline() {
        Set<String> expected = new LinkedHashSet<>(List.of(CampaignProcess.VAR_CAMPAIGN_NAME,
                CampaignProcess.VAR_CAMPAIGN_YEAR, CampaignProcess.VAR_UNIT_CODES,
                CampaignProcess.VAR_MONTHLY_AUDIT_INTERVAL));
        for (Phase phase : Phase.values()) {
            expected.add(phase.deadlineVariable());
        }
        assertThat(keys("campaign-start")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void workPlanAndUnitPlanFormsSubmitWhatTheirListenersRead() {
        assertThat(keys("draft-work-plan"))
                .containsExactly(constant(cn.fundrisk.campaign.WorkPlanTaskListener.class, "PLAN_TEXT"));
        Class<?> unitPlan = cn.fundrisk.report.UnitPlanTaskListener.class;
        assertThat(keys("acknowledge-plan")).containsExactlyInAnyOrder(constant(unitPlan, "ACKNOWLEDGED"),
                constant(unitPlan, "CONTACT_PERSON"), constant(unitPlan, "CONTACT_PHONE"));
    }

    @Test
    void inspectionResultsAndMonthlyAuditFormsSubmitWhatTheirListenersRead() {
        Class<?> inspection = cn.fundrisk.inspection.InspectionTaskListener.class;
        assertThat(keys("inspect-county")).containsExactlyInAnyOrder(constant(inspection, "INSPECTION_DATE"),
                constant(inspection, "FINDINGS"));
        assertThat(keys("compile-results"))
                .containsExactly(constant(cn.fundrisk.inspection.ResultsTaskListener.class, "RESULTS_NOTE"));
        Class<?> audit = cn.fundrisk.report.MonthlyAuditTaskListener.class;
        assertThat(keys("report-monthly-audit")).containsExactlyInAnyOrder(constant(audit, "SAMPLED_COUNT"),
                constant(audit, "ISSUES_FOUND"), constant(audit, "AUDIT_SUMMARY"));
    }

    // ----------------------------------------------------------------------------------------------

    /** The input keys of a form: components with a key, inside groups and dynamic lists too. */
    static Set<String> keys(String form) {
        assertThat(FORMS).as("forms/" + form + ".form").containsKey(form);
        return new TreeSet<>(keysInOrder(FORMS.get(form)));
    }

    static List<String> keysInOrder(JsonNode form) {
        List<String> keys = new ArrayList<>();
        collect(form.path("components"), "", keys);
        return keys;
    }

    /**
     * A component with a key submits prefix + key. A dynamic list submits its path (a list of
     * entries) and its children are relative to it; a group with a path nests its children under it.
     */
    private static void collect(JsonNode components, String prefix, List<String> keys) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            String key = component.path("key").asText(null);
            String path = component.path("path").asText(null);
            if (key != null) {
                keys.add(prefix + key);
            }
            if (!component.has("components")) {
                continue;
            }
            if ("dynamiclist".equals(type)) {
                keys.add(prefix + path);
                collect(component.get("components"), prefix + path + ".", keys);
            } else {
                collect(component.get("components"), path == null || path.isEmpty() ? prefix : prefix + path + ".",
                        keys);
            }
        }
    }

    /** The values a radio, select or checklist component with this key offers. */
    static Set<String> choices(String form, String key) {
        List<JsonNode> found = new ArrayList<>();
        find(FORMS.get(form).path("components"), key, found);
        assertThat(found).as("components with key " + key + " in forms/" + form + ".form").hasSize(1);
        Set<String> values = new TreeSet<>();
        found.get(0).path("values").forEach(v -> values.add(v.path("value").asText()));
        return values;
    }

    private static void find(JsonNode components, String key, List<JsonNode> found) {
        for (JsonNode component : components) {
            if (key.equals(component.path("key").asText(null))) {
                found.add(component);
            }
            find(component.path("components"), key, found);
        }
    }

    /** A listener's (package-private) constant naming a form key: the key the listener reads. */
    static String constant(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getSimpleName() + "." + name + " is gone: update this test", e);
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
