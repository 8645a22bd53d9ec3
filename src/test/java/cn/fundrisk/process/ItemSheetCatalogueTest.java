package cn.fundrisk.process;

import static cn.fundrisk.process.UnitCampaignProcess.TASK_FILE_STAFFING_TABLE;
import static cn.fundrisk.process.UnitCampaignProcess.TASK_INSPECT_COUNTY;
import static cn.fundrisk.process.UnitCampaignProcess.TASK_SCORE_UNIT;
import static cn.fundrisk.process.UnitCampaignProcess.TASK_WRITE_SUMMARY_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.checklist.CatalogueItem;
import cn.fundrisk.checklist.CatalogueItems;
import cn.fundrisk.checklist.Categories;
import cn.fundrisk.checklist.Category;
import cn.fundrisk.checklist.ItemSheet;
import cn.fundrisk.checklist.ItemSheetForm;
import cn.fundrisk.identity.UnitKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One source for reference data (issues 14.6 and 15.4): the forms in forms/ hold no item text, no
 * category, no maximum of the assessment table; the two score forms are the frame of the catalogue's
 * structure (ItemSheetFrame); the sheet variable they read is what catalogue_item and category hold,
 * for an agency and a county, with the items the office marked 不计分 shown as such. A form that
 * copies a label or a maximum again, a frame that no longer matches the catalogue, or a sheet that
 * differs from it fails here.
 */
class ItemSheetCatalogueTest extends ProcessTestSupport {

    static final Path FORMS = Path.of("forms");
    /** A literal maximum in a form: "max": 6 (an expression "=sheet.i1.points" is what the sheet forms use). */
    static final Pattern LITERAL_MAX = Pattern.compile("\"max\"\\s*:\\s*\\d");
    /** A label with its points written in: （6分）. */
    static final Pattern POINTS_IN_TEXT = Pattern.compile("（\\d+分）");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired CatalogueItems catalogueItems;
    @Autowired Categories categories;

    @Test
    void noFormCopiesAnItemACategoryOrAMaximumOfTheTable() throws IOException {
        List<CatalogueItem> items = catalogueItems.findAllOrdered();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
                String form = Files.readString(file);
                for (CatalogueItem item : items) {
                    String clause = firstClause(item.getTaskText());
                    if (clause.length() >= 6 && form.contains(clause)) {
                        problems.add(file + " copies the text of item " + item.getItemNo() + ": " + clause);
                    }
                }
                for (Category category : categories.findAll()) {
                    if (form.contains(category.getName())) {
                        problems.add(file + " copies category " + category.getNumeral() + ": " + category.getName());
                    }
                }
                if (form.contains("原文缺失")) {
                    problems.add(file + " writes 原文缺失 itself");
                }
                if (POINTS_IN_TEXT.matcher(form).find()) {
                    problems.add(file + " writes an item's points: " + POINTS_IN_TEXT.matcher(form).results().findFirst()
                            .orElseThrow().group());
                }
            }
        }
        for (String sheetForm : List.of("score-unit", "write-summary-report")) {
            String form = Files.readString(FORMS.resolve(sheetForm + ".form"));
            if (LITERAL_MAX.matcher(form).find()) {
                problems.add(sheetForm + " has a literal maximum; an item's points are =sheet.i<n>.points");
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The two score forms are the frame of the catalogue's structure: a group per category with a row
     * per item of it (ItemSheetFrame). A form edited by hand, or a catalogue whose items moved, fails;
     * -Dfundrisk.write-forms=true writes the forms anew from the catalogue.
     */
    @Test
    void theScoreFormsAreTheFrameOfTheCatalogue() throws IOException {
        Map<Integer, List<Integer>> structure = new TreeMap<>();
        catalogueItems.findAllOrdered().forEach(item -> structure.computeIfAbsent(item.getCategory().getCategoryNo(),
                c -> new ArrayList<>()).add(item.getItemNo()));
        assertThat(structure.values().stream().mapToInt(List::size).sum()).isEqualTo(ItemSheetForm.ITEMS);
        assertThat(structure).hasSize(ItemSheetForm.CATEGORIES);
        Map<String, JsonNode> frames = Map.of("write-summary-report", ItemSheetFrame.summaryForm(structure),
                "score-unit", ItemSheetFrame.scoreForm(structure));
        for (Map.Entry<String, JsonNode> frame : frames.entrySet()) {
            Path file = FORMS.resolve(frame.getKey() + ".form");
            if (Boolean.getBoolean("fundrisk.write-forms")) {
                JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), frame.getValue());
            }
            assertThat(JSON.readTree(file.toFile())).as(file + " is the frame of the catalogue (ItemSheetFrame)")
                    .isEqualTo(frame.getValue());
        }
    }

    @Test
    void theSheetsOfAnAgencyAndACountyAreTheCatalogue() {
        ProcessInstance campaignPi = start(request("一个来源", 2019, "ldj,guichi"));
        scenario.approveWorkPlan(campaignPi.getId());
        for (String code : List.of("ldj", "guichi")) {
            CampaignUnit unit = unit(campaignOf(campaignPi), code);
            scenario.deploy(unit);
            CampaignUnit started = campaignUnits.findById(unit.getId()).orElseThrow();
            scenario.selfInspect(started, List.of());
            Task write = driver.one(started.getProcessInstanceId(), TASK_WRITE_SUMMARY_REPORT);
            assertSheetIsTheCatalogue(write, started.getUnit().getKind(), started.getApplicablePoints());

            if (!driver.open(started.getProcessInstanceId(), TASK_FILE_STAFFING_TABLE).isEmpty()) {
                scenario.fileStaffingTable(started);
            }
            scenario.summarize(started, applicablePoints(started));
            if (!driver.open(started.getProcessInstanceId(), TASK_INSPECT_COUNTY).isEmpty()) {
                scenario.inspectCounty(started, "2019-04-01");
            }
            scenario.openEvaluation(started);
            Task score = driver.one(started.getProcessInstanceId(), TASK_SCORE_UNIT);
            assertSheetIsTheCatalogue(score, started.getUnit().getKind(), started.getApplicablePoints());
        }
    }

    private void assertSheetIsTheCatalogue(Task task, UnitKind kind, int applicablePoints) {
        Map<Integer, CatalogueItem> catalogue = catalogueItems.findAllOrdered().stream()
                .collect(Collectors.toMap(CatalogueItem::getItemNo, Function.identity(), (a, b) -> a, TreeMap::new));
        JsonNode sheet = read(driver.variable(task, ItemSheetForm.SHEET));
        assertThat(sheet.path("maxTotal").asInt()).as("合计 is out of").isEqualTo(applicablePoints);
        Map<Integer, Integer> categoryPoints = new TreeMap<>();
        int scored = 0;
        for (CatalogueItem item : catalogue.values()) {
            JsonNode line = sheet.path("i" + item.getItemNo());
            boolean shown = item.getApplicability().appliesTo(kind);
            assertThat(line.path("shown").asBoolean()).as("item %d shown to a %s", item.getItemNo(), kind).isEqualTo(shown);
            assertThat(line.path("scored").asBoolean()).as("item %d", item.getItemNo()).isEqualTo(shown && item.isScored());
            if (!shown) {
                continue;
            }
            assertThat(line.path("title").asText()).isEqualTo(Markdown.escape(ItemSheet.title(item.getTaskText())));
            assertThat(item.getTaskText()).startsWith(ItemSheet.title(item.getTaskText()).replace("…", ""));
            assertThat(line.path("points").asInt()).as("points of item %d", item.getItemNo()).isEqualTo(item.getPoints());
            assertThat(line.path("notScoredReason").asText())
                    .isEqualTo(item.isScored() ? "" : Markdown.escape(item.getNotScoredReason()));
            if (item.isScored()) {
                categoryPoints.merge(item.getCategory().getCategoryNo(), item.getPoints(), Integer::sum);
                scored++;
            } else {
                categoryPoints.merge(item.getCategory().getCategoryNo(), 0, Integer::sum);
            }
        }
        assertThat(sheet.path("scoredCount").asInt()).isEqualTo(scored);
        for (Category category : categories.findAll()) {
            JsonNode group = sheet.path("c" + category.getCategoryNo());
            boolean shown = categoryPoints.containsKey(category.getCategoryNo());
            assertThat(group.path("shown").asBoolean()).as("category %s", category.getNumeral()).isEqualTo(shown);
            if (shown) {
                assertThat(group.path("heading").asText()).isEqualTo(Markdown.escape(category.getNumeral() + "、"
                        + category.getName() + (category.isHighRisk() ? "（高级）" : "")));
                assertThat(group.path("points").asInt()).as("points of category %s", category.getNumeral())
                        .isEqualTo(categoryPoints.get(category.getCategoryNo()));
            }
        }
        assertThat(catalogue.values().stream().filter(i -> i.isScored() && i.getApplicability().appliesTo(kind))
                .mapToInt(CatalogueItem::getPoints).sum()).isEqualTo(applicablePoints);
    }

    private static JsonNode read(Object variable) {
        try {
            return JSON.readTree(variable.toString());
        } catch (IOException e) {
            throw new AssertionError("the sheet is no JSON: " + variable, e);
        }
    }

    private static String firstClause(String text) {
        return text.split("[，。；,;（(]", 2)[0].strip();
    }
}
