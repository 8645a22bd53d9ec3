package cn.fundrisk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.checklist.Assessments;
import cn.fundrisk.checklist.CampaignItems;
import cn.fundrisk.process.ApiProblem;
import cn.fundrisk.process.CampaignProcess;
import cn.fundrisk.process.FormKeys;
import cn.fundrisk.support.SheetAnswers;
import cn.fundrisk.process.JsonFormValues;
import cn.fundrisk.process.TaskDriver;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.process.UnitCampaignProcess;
import cn.fundrisk.rectification.Problems;
import cn.fundrisk.support.HeadlessChromium;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.HttpClientForTests.Answer;
import cn.fundrisk.support.SpreadsheetPrint;
import cn.fundrisk.support.TestIdentities;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Excel exports over HTTP with authorization on: ldj goes through self-inspection (a problem on
 * item 5), its summary with self-scores and the inspectors' scoring (one point off item 5); ylbx
 * self-inspects with a problem on item 2 and is not scored. Then each workbook is opened with POI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:fundrisk-exports;DB_CLOSE_DELAY=-1",
        "camunda.bpm.authorization.enabled=true" })
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsApiTest {

    static final String PASSWORD = "pw-exports";
    static final String OFFICE = "office-x";
    static final String LEADER = "leader-x";
    static final String INSPECTOR_1 = "inspector-x1";
    static final String INSPECTOR_2 = "inspector-x2";
    static final String LDJ_STAFF = "ldj-staff-x";
    static final String LDJ_HEAD = "ldj-head-x";
    static final String YLBX_STAFF = "ylbx-staff-x";
    static final String YLBX_HEAD = "ylbx-head-x";
    static final String LDJ_NAME = "市劳动就业管理局";
    static final String YLBX_NAME = "市养老保险管理中心";
    static final String CAMPAIGN_NAME = "导出测试";
    static final String REASON = "内控稽核记录不完整";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String OFFICIAL_TITLE = "池州市加强社会保险基金安全管理风险防控工作任务分解及考核表";

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired TaskDriver driver;
    @Autowired CampaignUnits campaignUnits;
    @Autowired CampaignItems campaignItems;
    @Autowired Assessments assessments;
    @Autowired ManagementService managementService;
    @Autowired Problems problems;

    private HttpClientForTests http;
    private long campaignId;
    private CampaignUnit ldj;
    private CampaignUnit ylbx;
    private int applicable;
    private int selfTotal;
    private long problemId;

    @BeforeAll
    void campaignWithTwoUnits() {
        http = new HttpClientForTests(port, PASSWORD);
        TestIdentities identities = new TestIdentities(identityService, PASSWORD);
        for (String[] user : new String[][] { { OFFICE, "office" }, { LEADER, "leaders" },
                { INSPECTOR_1, "inspectors" }, { INSPECTOR_2, "inspectors" }, { LDJ_STAFF, "unit-ldj" },
                { LDJ_HEAD, "unit-ldj-head" }, { YLBX_STAFF, "unit-ylbx" }, { YLBX_HEAD, "unit-ylbx-head" } }) {
            identities.group(user[1]);
            identities.user(user[0], user[1]);
        }
        Answer created = http.post(OFFICE, "/api/campaigns", Map.of("name", CAMPAIGN_NAME, "year", 2099,
                "unitCodes", List.of("ldj", "ylbx")));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        campaignId = created.body().path("id").asLong();
        String campaignPi = created.body().path("processInstanceId").asText();
        driver.submit(campaignPi, CampaignProcess.TASK_DRAFT_WORK_PLAN, OFFICE, Map.of("planText", "工作方案正文"));
        driver.submit(campaignPi, CampaignProcess.TASK_APPROVE_WORK_PLAN, LEADER, approve());
        for (CampaignUnit unit : campaignUnits.findByCampaign(campaignId)) {
            if (unit.getUnit().getCode().equals("ldj")) {
                ldj = unit;
            } else {
                ylbx = unit;
            }
        }
        selfInspect(ldj, LDJ_STAFF, LDJ_HEAD, 5);
        selfInspect(ylbx, YLBX_STAFF, YLBX_HEAD, 2);

        Map<Integer, Integer> points = applicablePoints(ldj);
        applicable = points.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Object> summary = new HashMap<>();
        summary.put(FormKeys.REPORT_TEXT, "总结报告正文");
        Map<Integer, Integer> selfScores = new HashMap<>(points);
        selfScores.put(5, points.get(5) - 2);
        selfTotal = applicable - 2;
        String pi = ldj.getProcessInstanceId();
        // the problem stays open: the summary goes after the rectification deadline, scoring in the evaluation phase
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2099-07-01T02:00:00Z")));
        Task write = driver.one(pi, UnitCampaignProcess.TASK_WRITE_SUMMARY_REPORT);
        summary.putAll(SheetAnswers.selfScores(driver, write, selfScores));
        driver.submit(write, LDJ_STAFF, summary);
        driver.submit(pi, UnitCampaignProcess.TASK_APPROVE_SUMMARY_REPORT, LDJ_HEAD, approve());
        driver.submit(pi, UnitCampaignProcess.TASK_RECEIVE_SUMMARY_REPORT, OFFICE, approve());
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2099-08-01T02:00:00Z")));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi)
                .activityId(UnitCampaignProcess.TIMER_EVALUATION_OPENS).singleResult().getId());
        Map<Integer, Integer> scores = new HashMap<>(points);
        scores.put(5, points.get(5) - 1);
        Task score = driver.one(pi, UnitCampaignProcess.TASK_SCORE_UNIT);
        driver.submit(score, INSPECTOR_1, SheetAnswers.scores(driver, score, scores, Map.of(5, REASON)));
        driver.submit(pi, UnitCampaignProcess.TASK_REVIEW_SCORE_SHEET, INSPECTOR_2, approve());
        ClockUtil.reset();
        problemId = problems.findByCampaignUnitIdOrderByItemNoAscIdAsc(ldj.getId()).get(0).getId();
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    private void selfInspect(CampaignUnit unit, String staff, String head, int problemItem) {
        String pi = unit.getProcessInstanceId();
        driver.submit(pi, UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN, staff,
                Map.of("acknowledged", true, "contactPerson", "联络员"));
        driver.submit(pi, UnitCampaignProcess.TASK_DRAFT_UNIT_PLAN, staff, Map.of(FormKeys.REPORT_TEXT, "本单位方案"));
        driver.submit(pi, UnitCampaignProcess.TASK_APPROVE_UNIT_PLAN, head, approve());
        for (Task task : driver.open(pi, UnitCampaignProcess.TASK_SELF_INSPECT_ITEM)) {
            int itemNo = ((Number) driver.variable(task, UnitCampaignProcess.VAR_ITEM_NO)).intValue();
            if (itemNo == problemItem) {
                Map<String, Object> entry = Map.of("description", "第" + itemNo + "项的问题", "cause", "稽核制度未细化",
                        "riskLevel", "HIGH", "measure", "整改措施", "responsiblePerson", "张三",
                        "responsibleLeader", "李副主任", "plannedDate", "2099-06-15");
                driver.submit(task, staff, Map.of("result", "PROBLEM", "problems", JsonFormValues.json(List.of(entry))));
            } else {
                driver.submit(task, staff, Map.of("result", "COMPLIANT", "note", "符合"));
            }
        }
        driver.submit(pi, UnitCampaignProcess.TASK_WRITE_SELF_INSPECTION_REPORT, staff,
                Map.of(FormKeys.REPORT_TEXT, "自查报告正文"));
        driver.submit(pi, UnitCampaignProcess.TASK_REVIEW_SELF_INSPECTION, head, approve());
    }

    private static Map<String, Object> approve() {
        return Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意");
    }

    private Map<Integer, Integer> applicablePoints(CampaignUnit unit) {
        Map<Integer, Integer> points = new TreeMap<>();
        for (var a : assessments.findByCampaignUnitIdOrderByItemNo(unit.getId())) {
            points.put(a.getItemNo(), campaignItems.findByCampaignIdAndItemNo(campaignId, a.getItemNo()).orElseThrow()
                    .getPoints());
        }
        return points;
    }

    @Test
    void theAssessmentSheetHasTheOfficialLayoutAndTheScores() throws IOException {
        Answer answer = http.get(LDJ_STAFF, "/api/campaign-units/" + ldj.getId() + "/assessment-sheet.xlsx");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith(XLSX);
        assertThat(answer.header("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''" + URLEncoder.encode("考核表-" + LDJ_NAME + ".xlsx", StandardCharsets.UTF_8));
        assertThat(applicable).as("an agency's applicable points: 98 less items 7, 27, 29 (不计分)").isEqualTo(92);

        try (XSSFWorkbook workbook = open(answer)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo("《" + OFFICIAL_TITLE + "》");
            assertThat(text(sheet.getRow(1).getCell(0))).isEqualTo("单位：" + LDJ_NAME + "　　专项工作：" + CAMPAIGN_NAME);
            assertThat(texts(sheet.getRow(2), 11)).containsExactly("序号", "项目名称/风险等级", "任务内容", "工作要求/应对措施",
                    "完成时限", "实施范围", "责任单位", "分值", "自评分", "考核得分", "扣分原因");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            CellRangeAddress repeated = sheet.getRepeatingRows();
            assertThat(repeated).as("the header on every page").isNotNull();
            assertThat(List.of(repeated.getFirstRow(), repeated.getLastRow())).containsExactly(2, 2);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);

            List<Row> items = new ArrayList<>();
            Row total = null;
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row.getCell(0).getCellType() == CellType.NUMERIC) {
                    items.add(row);
                } else if (text(row.getCell(0)).equals("合计")) {
                    total = row;
                }
            }
            assertThat(items).extracting(r -> (int) r.getCell(0).getNumericCellValue())
                    .as("the items that apply to an agency, in order, those 不计分 included")
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 31).filter(n -> n != 28).boxed()
                            .toList());
            List<Row> notScored = items.stream().filter(r -> List.of(7.0, 27.0, 29.0)
                    .contains(r.getCell(0).getNumericCellValue())).toList();
            assertThat(notScored).allSatisfy(row -> {
                assertThat(text(row.getCell(7))).as("points of a 不计分 item").isEqualTo("不计分");
                assertThat(text(row.getCell(10))).isEqualTo(cn.fundrisk.support.PlaceholdersSettled.REASON);
            });
            assertThat(items.stream().filter(r -> r.getCell(0).getNumericCellValue() == 26.0).findFirst().orElseThrow()
                    .getCell(5).getStringCellValue()).as("实施范围 of item 26 is not in the source").isEqualTo("（原文未给出）");
            items.removeAll(notScored);
            assertThat(items).allSatisfy(row -> {
                for (int c = 7; c <= 9; c++) {
                    assertThat(row.getCell(c).getCellType()).as("column %d of item %s", c, text(row.getCell(0)))
                            .isEqualTo(CellType.NUMERIC);
                }
                assertThat(text(row.getCell(5))).as("scope from the catalogue").isNotBlank();
                assertThat(text(row.getCell(6))).as("responsible units from the catalogue").isNotBlank();
            });
            Row item5 = items.stream().filter(r -> r.getCell(0).getNumericCellValue() == 5).findFirst().orElseThrow();
            assertThat(item5.getCell(9).getNumericCellValue()).isEqualTo(3.0);
            assertThat(text(item5.getCell(10))).isEqualTo(REASON);

            int firstItemRow = items.get(0).getRowNum();
            CellRangeAddress category = sheet.getMergedRegions().stream()
                    .filter(m -> m.getFirstColumn() == 1 && m.getLastColumn() == 1 && m.getFirstRow() == firstItemRow)
                    .findFirst().orElseThrow();
            assertThat(category.getLastRow() - category.getFirstRow() + 1).as("category 一 has 7 items").isEqualTo(7);
            assertThat(text(items.get(0).getCell(1))).isEqualTo("一、落实制约机制，健全内控体系（高级）");
            Row subtotal = sheet.getRow(category.getLastRow() + 1);
            assertThat(text(subtotal.getCell(0))).isEqualTo("小计");
            assertThat(subtotal.getCell(7).getNumericCellValue()).as("28 less item 7 (不计分)").isEqualTo(26.0);
            assertThat(subtotal.getCell(9).getNumericCellValue()).isEqualTo(25.0);

            assertThat(total).as("a 合计 row").isNotNull();
            assertThat(text(sheet.getRow(total.getRowNum() + 1).getCell(0))).as("the source's note").startsWith("注：各县（区）人社局");
            assertThat(text(sheet.getRow(total.getRowNum() + 2).getCell(0))).as("who scored and reviewed, by name")
                    .isEqualTo("评分人：" + INSPECTOR_1 + " 测试　　复核人：" + INSPECTOR_2 + " 测试");
            assertThat(total.getRowNum() + 2).isEqualTo(sheet.getLastRowNum());
            assertThat(total.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(92.0);
            assertThat(total.getCell(8).getNumericCellValue()).isEqualTo((double) selfTotal);
            assertThat(total.getCell(9).getNumericCellValue()).isEqualTo(91.0);
        }
    }

    /**
     * The 考核表 as a clerk prints it: LibreOffice converts it to PDF (A4 landscape), and no word prints over
     * another (rows are as tall as their wrapped text); the title, unit, note, totals and every item are there,
     * and the header row is repeated on each page.
     */
    @Test
    void theAssessmentSheetPrintsLegiblyFromLibreOffice(@TempDir Path folder) throws Exception {
        Answer answer = http.get(OFFICE, "/api/campaign-units/" + ldj.getId() + "/assessment-sheet.xlsx");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        SpreadsheetPrint.Printed printed = SpreadsheetPrint.print(answer.bytes(), "kaohebiao", folder);
        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        Files.copy(printed.pdf(), HeadlessChromium.SCREENSHOTS.resolve("export-assessment-sheet.pdf"),
                StandardCopyOption.REPLACE_EXISTING);

        assertThat(printed.pages()).as("A4 landscape pages").isNotEmpty().allSatisfy(page -> {
            assertThat(page[0]).isCloseTo(841.9, within(1.0));
            assertThat(page[1]).isCloseTo(595.3, within(1.0));
        });
        assertThat(printed.pages().size()).as("31 items do not fit one legible page").isGreaterThan(1);
        assertThat(printed.overlaps()).as("words printed over each other").isEmpty();
        String all = printed.text();
        assertThat(all).contains("《" + OFFICIAL_TITLE + "》", "单位：" + LDJ_NAME, "专项工作：" + CAMPAIGN_NAME,
                "注：各县（区）人社局（含九华山社会保障局），社保经办机构指", "合计", REASON);
        for (int page = 1; page <= printed.pages().size(); page++) {
            assertThat(printed.text(page)).as("the header on page %d", page).contains("序号", "任务内容", "考核得分");
        }
        for (var item : campaignItems.findByCampaignIdOrderByItemNo(campaignId)) {
            if (applicablePoints(ldj).containsKey(item.getItemNo())) {
                String start = item.getTaskText().replaceAll("\\s", "");
                assertThat(all).as("item %d's task", item.getItemNo()).contains(start.substring(0, Math.min(6, start.length())));
            }
        }
        assertThat(printed.words()).as("the 合计 row's sums").anySatisfy(w -> assertThat(w.text()).isEqualTo("92"))
                .anySatisfy(w -> assertThat(w.text()).isEqualTo("91"));
    }

    /** Cockpit's labels: the unit's name per process instance, only for units the caller may see. */
    @Test
    void cockpitLabelsNameOnlyTheUnitsTheCallerMaySee() {
        String ids = ldj.getProcessInstanceId() + "," + ylbx.getProcessInstanceId();
        JsonNode office = http.get(OFFICE, "/api/process-instances/labels?ids=" + ids).ok();
        assertThat(office.path(ldj.getProcessInstanceId()).path("name").asText()).isEqualTo(LDJ_NAME);
        assertThat(office.path(ylbx.getProcessInstanceId()).path("name").asText()).isEqualTo(YLBX_NAME);
        assertThat(office.path(ylbx.getProcessInstanceId()).path("title").asText()).isEqualTo(YLBX_NAME + " · " + CAMPAIGN_NAME);
        JsonNode own = http.get(LDJ_STAFF, "/api/process-instances/labels?ids=" + ids).ok();
        assertThat(own.has(ldj.getProcessInstanceId())).isTrue();
        assertThat(own.has(ylbx.getProcessInstanceId())).as("another unit's instance is not named").isFalse();
    }

    @Test
    void anotherUnitsSheetIsRefusedAndTheCampaignWideRolesGetAny() {
        Answer other = http.get(LDJ_STAFF, "/api/campaign-units/" + ylbx.getId() + "/assessment-sheet.xlsx");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.problem(ApiProblem.ACCESS_DENIED)).isEqualTo("无权访问该单位的材料");
        assertThat(http.get(LDJ_HEAD, "/api/campaign-units/" + ldj.getId() + "/assessment-sheet.xlsx").status())
                .isEqualTo(200);
        for (String wide : List.of(OFFICE, LEADER, INSPECTOR_1)) {
            assertThat(http.get(wide, "/api/campaign-units/" + ylbx.getId() + "/assessment-sheet.xlsx").status())
                    .as(wide).isEqualTo(200);
        }
    }

    @Test
    void theRankingListsAllUnitsScoredFirstForTheCampaignWideRolesOnly() throws IOException {
        Answer answer = http.get(LEADER, "/api/campaigns/" + campaignId + "/ranking.xlsx");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.header("Content-Disposition"))
                .contains("filename*=UTF-8''" + URLEncoder.encode("排名-" + CAMPAIGN_NAME + ".xlsx", StandardCharsets.UTF_8));
        try (XSSFWorkbook workbook = open(answer)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(0), 7)).containsExactly("组别", "名次", "单位", "适用分值", "自评分", "考核得分", "得分率");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row first = sheet.getRow(1);
            assertThat(text(first.getCell(0))).isEqualTo("市本级经办机构");
            assertThat(first.getCell(1).getNumericCellValue()).as("名次 among the agencies").isEqualTo(1.0);
            assertThat(text(first.getCell(2))).isEqualTo(LDJ_NAME);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(92.0);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo((double) selfTotal);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(91.0);
            assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(text(first.getCell(6))).isEqualTo("98.91%");
            Row second = sheet.getRow(2);
            assertThat(text(second.getCell(2))).as("not scored yet: last").isEqualTo(YLBX_NAME);
            assertThat(text(second.getCell(1))).as("not ranked").isEmpty();
            assertThat(text(second.getCell(5))).isEmpty();
        }
        for (String unitUser : List.of(LDJ_STAFF, LDJ_HEAD)) {
            Answer refused = http.get(unitUser, "/api/campaigns/" + campaignId + "/ranking.xlsx");
            assertThat(refused.status()).as(unitUser).isEqualTo(403);
            assertThat(refused.problem(ApiProblem.ACCESS_DENIED)).isEqualTo("无权导出排名");
        }
        assertThat(http.get(INSPECTOR_2, "/api/campaigns/" + campaignId + "/ranking.xlsx").status()).isEqualTo(200);
    }

    @Test
    void theLedgerHasEveryProblemForTheOfficeAndOnlyItsOwnForAUnit() throws IOException {
        Answer answer = http.get(OFFICE, "/api/campaigns/" + campaignId + "/rectification-ledger.xlsx");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith(XLSX);
        assertThat(answer.header("Content-Disposition")).contains(
                "filename*=UTF-8''" + URLEncoder.encode("整改台账-" + CAMPAIGN_NAME + ".xlsx", StandardCharsets.UTF_8));
        List<List<String>> rows = ledgerRows(answer);
        assertThat(rows).extracting(r -> r.get(0)).containsExactly(LDJ_NAME, YLBX_NAME);
        assertThat(rows.get(0).subList(0, 18)).containsExactly(LDJ_NAME, "5", "第5项的问题", "稽核制度未细化", "高", "整改措施",
                "张三", "李副主任", "2099-06-15", "2099-06-15 23:59", "待整改", "", "", "", "", "", "", "");

        List<List<String>> own = ledgerRows(http.get(LDJ_STAFF, "/api/campaigns/" + campaignId + "/rectification-ledger.xlsx"));
        assertThat(own).extracting(r -> r.get(0)).containsExactly(LDJ_NAME);
        List<List<String>> ylbxOwn = ledgerRows(http.get(YLBX_HEAD, "/api/campaigns/" + campaignId + "/rectification-ledger.xlsx"));
        assertThat(ylbxOwn).extracting(r -> r.get(1)).containsExactly("2");
        assertThat(ylbxOwn).extracting(r -> r.get(0)).containsExactly(YLBX_NAME);
    }

    @Test
    void theOfficeRecordsAccountabilityWhichTheLedgerTheUnitPageAndTheBulletinShow() throws IOException {
        String path = "/api/campaign-units/" + ldj.getId() + "/accountability";
        String today = java.time.LocalDate.now(cn.fundrisk.process.Clock.ZONE).toString();
        Answer future = http.post(OFFICE, path, Map.of("target", "UNIT", "method", "INTERVIEW", "basis", "x",
                "decidedOn", "2099-08-01", "decidedBy", "领导小组"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.problem(ApiProblem.INPUT_REJECTED)).isEqualTo("问责决定的决定日期（2099-08-01）不能晚于今天");
        Map<String, Object> decision = Map.of("target", String.valueOf(problemId), "method", "ORDER_RECTIFICATION",
                "basis", "第5项内控稽核问题逾期未整改", "decidedOn", today, "decidedBy", "领导小组", "note", "限期整改");
        Answer byUnit = http.post(LDJ_STAFF, path, decision);
        assertThat(byUnit.status()).isEqualTo(403);
        assertThat(byUnit.problem(ApiProblem.ACCESS_DENIED)).isEqualTo("只有领导小组办公室可以记录问责决定");
        Answer bad = http.post(OFFICE, path, Map.of("target", "UNIT", "method", "INTERVIEW", "decidedOn", today,
                "decidedBy", "领导小组"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.problem(ApiProblem.INPUT_REJECTED)).isEqualTo("请填写问责决定的依据");
        Answer recorded = http.post(OFFICE, path, decision);
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
        assertThat(recorded.body().get(0).path("target").asText()).isEqualTo("第5项问题：第5项的问题");

        assertThat(http.get(LDJ_HEAD, path).ok()).hasSize(1);
        assertThat(http.get(YLBX_STAFF, path).status()).as("another unit's decisions").isEqualTo(403);
        assertThat(http.get(YLBX_STAFF, "/api/campaigns/" + campaignId + "/accountability").ok()).isEmpty();

        List<List<List<String>>> ledger = ledger(http.get(OFFICE, "/api/campaigns/" + campaignId
                + "/rectification-ledger.xlsx"));
        assertThat(ledger.get(0).get(0).get(18)).isEqualTo(today + " 责令整改");
        assertThat(ledger.get(1)).singleElement().isEqualTo(List.of(LDJ_NAME, "第5项问题：第5项的问题", "责令整改",
                "第5项内控稽核问题逾期未整改", today, "领导小组", "限期整改", "随时（严重问题）", OFFICE + " 测试"));
        assertThat(ledger(http.get(YLBX_STAFF, "/api/campaigns/" + campaignId + "/rectification-ledger.xlsx")).get(1))
                .as("ylbx's ledger: none of ldj's decisions").isEmpty();

        String unitPage = http.getPage(LDJ_STAFF, "/units/" + ldj.getId()).raw();
        assertThat(unitPage).contains("问责记录", "第5项内控稽核问题逾期未整改", "责令整改")
                .doesNotContain("记录问责决定（领导小组办公室）");
        assertThat(http.getPage(OFFICE, "/units/" + ldj.getId()).raw()).contains("记录问责决定（领导小组办公室）",
                "稽核制度未细化", "李副主任");
        assertThat(http.getPage(OFFICE, "/campaigns/" + campaignId + "/bulletin").raw())
                .contains("五、问责情况", "第5项内控稽核问题逾期未整改");
        assertThat(http.getPage(OFFICE, "/campaigns/" + campaignId + "/bulletin?date=2020-01-01").raw())
                .as("not yet decided on that day").contains("截至通报日期，未作出问责决定");
    }

    @Test
    void thePagesLinkTheExports() {
        assertThat(http.getPage(LDJ_STAFF, "/units/" + ldj.getId()).raw()).contains("导出考核表（Excel）")
                .contains("href=\"/api/campaign-units/" + ldj.getId() + "/assessment-sheet.xlsx\"");
        String office = http.getPage(OFFICE, "/campaigns/" + campaignId).raw();
        assertThat(office).contains("href=\"/api/campaigns/" + campaignId + "/ranking.xlsx\"").contains("导出排名")
                .contains("href=\"/api/campaigns/" + campaignId + "/rectification-ledger.xlsx\"").contains("导出整改台账");
        String unit = http.getPage(LDJ_STAFF, "/campaigns/" + campaignId).raw();
        assertThat(unit).contains("导出整改台账").doesNotContain("导出排名");
    }

    // ---------------------------------------------------------------- helpers

    private static XSSFWorkbook open(Answer answer) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(answer.bytes()));
    }

    private static List<List<String>> ledgerRows(Answer answer) throws IOException {
        return ledger(answer).get(0);
    }

    /** The ledger's two sheets: 整改台账 (one row per problem) and 问责记录, each without its header. */
    private static List<List<List<String>>> ledger(Answer answer) throws IOException {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        try (XSSFWorkbook workbook = open(answer)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("整改台账");
            assertThat(texts(sheet.getRow(0), 19)).containsExactly("单位", "序号", "问题描述", "原因分析", "风险等级", "整改措施",
                    "责任人", "责任领导", "计划完成日期", "截止时间", "状态", "整改情况", "实际完成时间", "协调意见", "验证人",
                    "验证时间", "销号人", "销号时间", "问责");
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                rows.add(texts(sheet.getRow(r), 19));
            }
            Sheet decisions = workbook.getSheet("问责记录");
            assertThat(texts(decisions.getRow(0), 10)).containsExactly("单位", "对象", "问责方式", "依据", "决定日期",
                    "决定人（机关）", "说明", "场合", "记录人", "记录时间");
            List<List<String>> decisionRows = new ArrayList<>();
            for (int r = 1; r <= decisions.getLastRowNum(); r++) {
                decisionRows.add(texts(decisions.getRow(r), 9));
            }
            return List.of(rows, decisionRows);
        }
    }

    private static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    private static List<String> texts(Row row, int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(text(row.getCell(i)));
        }
        return texts;
    }
}
