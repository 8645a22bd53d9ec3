package cn.fundrisk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.checklist.ItemSheet;
import cn.fundrisk.checklist.ItemSheets;
import cn.fundrisk.inspection.ItemScore;
import cn.fundrisk.inspection.ItemScores;
import cn.fundrisk.inspection.ScoreSheets;
import cn.fundrisk.process.ApiProblem;
import cn.fundrisk.process.CampaignProcess;
import cn.fundrisk.process.FormKeys;
import cn.fundrisk.process.JsonFormValues;
import cn.fundrisk.process.TaskDriver;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.process.UnitCampaignProcess;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.HttpClientForTests.Answer;
import cn.fundrisk.support.SheetAnswers;
import cn.fundrisk.support.TestIdentities;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report documents (.docx) of a whole campaign of an agency (ldj) and a county (guichi), run
 * through the forms: each download is opened with POI and its sections, tables and figures are
 * checked against the database; the 自查报告 follows the unit's text as last saved (returned, then
 * rewritten); who may download what. Same configuration as ExportsApiTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:fundrisk-exports;DB_CLOSE_DELAY=-1",
        "camunda.bpm.authorization.enabled=true" })
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDocumentsTest {

    static final String PASSWORD = "pw-documents";
    static final String OFFICE = "office-w";
    static final String LEADER = "leader-w";
    static final String INSPECTOR_1 = "inspector-w1";
    static final String INSPECTOR_2 = "inspector-w2";
    static final String NAME = "文书测试专项工作";
    static final String FIRST_TEXT = "本单位对照任务分解表开展自查（初稿）。";
    static final String FINAL_TEXT = "本单位成立自查工作组，对照任务分解表逐项自查。\n发现会计与出纳由同一人兼任的问题，已制定整改措施。";
    static final String SUMMARY_TEXT = "本单位按照实施方案完成自查、整改和自评，问题已整改到位。";
    static final String REASON = "内控稽核记录不完整";
    static final String RESULTS_NOTE = "各单位均按期完成专项工作，考核结果纳入年度目标考核。";

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired TaskDriver driver;
    @Autowired CampaignUnits campaignUnits;
    @Autowired ItemSheets itemSheets;
    @Autowired ScoreSheets scoreSheets;
    @Autowired ItemScores itemScores;
    @Autowired TransactionTemplate transaction;
    @Autowired org.camunda.bpm.engine.ManagementService managementService;

    private HttpClientForTests http;
    private long campaignId;
    private final Map<String, CampaignUnit> units = new HashMap<>();
    private byte[] returnedDraft;

    @BeforeAll
    void wholeCampaign() {
        http = new HttpClientForTests(port, PASSWORD);
        TestIdentities identities = new TestIdentities(identityService, PASSWORD);
        for (String[] user : new String[][] { { OFFICE, "office" }, { LEADER, "leaders" }, { INSPECTOR_1, "inspectors" },
                { INSPECTOR_2, "inspectors" }, { "ldj-staff-w", "unit-ldj" }, { "ldj-head-w", "unit-ldj-head" },
                { "guichi-staff-w", "unit-guichi" }, { "guichi-head-w", "unit-guichi-head" },
                { "ylbx-staff-w", "unit-ylbx" } }) {
            identities.group(user[1]);
            identities.user(user[0], user[1]);
        }
        Answer created = http.post(OFFICE, "/api/campaigns", Map.of("name", NAME, "year", 2098,
                "unitCodes", List.of("ldj", "guichi")));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        campaignId = created.body().path("id").asLong();
        String campaignPi = created.body().path("processInstanceId").asText();
        driver.submit(campaignPi, CampaignProcess.TASK_DRAFT_WORK_PLAN, OFFICE, Map.of("planText", "工作方案"));
        driver.submit(campaignPi, CampaignProcess.TASK_APPROVE_WORK_PLAN, LEADER, approve());
        campaignUnits.findByCampaign(campaignId).forEach(cu -> units.put(cu.getUnit().getCode(), cu));

        assertThat(http.put("ldj-staff-w", "/api/campaign-units/" + id("ldj") + "/staffing", List.of(
                Map.of("name", "张三", "department", "财务科", "positions", List.of("会计", "出纳"), "duties", "记账、出纳",
                        "formal", true, "yearsInPosition", 3),
                Map.of("name", "李四", "department", "稽核科", "positions", List.of("稽核"), "duties", "内控稽核",
                        "formal", true, "yearsInPosition", 2))).status()).isEqualTo(200);
        for (String code : List.of("ldj", "guichi")) {
            deployAndInspect(code, code.equals("ldj") ? 3 : 0);
        }
        String ldj = units.get("ldj").getProcessInstanceId();
        driver.submit(ldj, UnitCampaignProcess.TASK_REVIEW_SELF_INSPECTION, "ldj-head-w",
                Map.of(TaskForm.DECISION, TaskForm.RETURN, TaskForm.COMMENT, "请写明自查的组织方式"));
        returnedDraft = http.get("ldj-staff-w", "/api/campaign-units/" + id("ldj")
                + "/documents/self-inspection-report.docx").bytes();
        driver.submit(ldj, UnitCampaignProcess.TASK_WRITE_SELF_INSPECTION_REPORT, "ldj-staff-w",
                Map.of(FormKeys.REPORT_TEXT, FINAL_TEXT));
        driver.submit(ldj, UnitCampaignProcess.TASK_REVIEW_SELF_INSPECTION, "ldj-head-w", approve());
        for (Task rectify : driver.open(ldj, UnitCampaignProcess.TASK_RECTIFY_PROBLEM)) {
            driver.submit(rectify, "ldj-staff-w", Map.of("outcome", "RECTIFIED", "actionTaken", "出纳另设专人",
                    "completedOn", java.time.LocalDate.now(cn.fundrisk.process.Clock.ZONE).toString()));
        }
        driver.submit(ldj, UnitCampaignProcess.TASK_VERIFY_RECTIFICATION, "ldj-head-w", approve());
        driver.submit(ldj, UnitCampaignProcess.TASK_CLOSE_OFF_PROBLEM, OFFICE, approve());
        // the staffing tables filed with the office (备案) and received
        assertThat(http.put("guichi-staff-w", "/api/campaign-units/" + id("guichi") + "/staffing", List.of(
                Map.of("name", "王五", "department", "基金监督科", "positions", List.of("稽核", "基金监督"),
                        "duties", "内控稽核、基金监督", "formal", true, "yearsInPosition", 2))).status()).isEqualTo(200);
        for (String code : List.of("ldj", "guichi")) {
            String pi = units.get(code).getProcessInstanceId();
            driver.submit(pi, UnitCampaignProcess.TASK_FILE_STAFFING_TABLE, code + "-staff-w", Map.of("confirmFiling", true));
            driver.submit(pi, UnitCampaignProcess.TASK_RECEIVE_STAFFING_FILING, OFFICE, approve());
        }
        driver.submit(units.get("guichi").getProcessInstanceId(), UnitCampaignProcess.TASK_INSPECT_COUNTY, OFFICE,
                Map.of("inspectionDate", "2026-01-05", "findings", "实地检查未发现重大问题"));
        for (String code : List.of("ldj", "guichi")) {
            summarizeAndScore(code);
        }
        driver.submit(campaignPi, CampaignProcess.TASK_COMPILE_RESULTS, OFFICE, Map.of("resultsNote", RESULTS_NOTE));
        driver.submit(campaignPi, CampaignProcess.TASK_APPROVE_RESULTS, LEADER, approve());
    }

    private void deployAndInspect(String code, int problemItem) {
        String pi = campaignUnits.findById(units.get(code).getId()).orElseThrow().getProcessInstanceId();
        units.put(code, campaignUnits.findById(units.get(code).getId()).orElseThrow());
        String staff = code + "-staff-w";
        driver.submit(pi, UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN, staff, Map.of("acknowledged", true,
                "contactPerson", "联络员"));
        driver.submit(pi, UnitCampaignProcess.TASK_DRAFT_UNIT_PLAN, staff, Map.of(FormKeys.REPORT_TEXT, "本单位方案"));
        driver.submit(pi, UnitCampaignProcess.TASK_APPROVE_UNIT_PLAN, code + "-head-w", approve());
        for (Task task : driver.open(pi, UnitCampaignProcess.TASK_SELF_INSPECT_ITEM)) {
            int itemNo = ((Number) driver.variable(task, UnitCampaignProcess.VAR_ITEM_NO)).intValue();
            driver.submit(task, staff, itemNo == problemItem
                    ? Map.of("result", "PROBLEM", "problems", JsonFormValues.json(List.of(Map.of("description",
                            "会计与出纳由同一人兼任", "cause", "人员不足，岗位未分设", "riskLevel", "HIGH",
                            "measure", "出纳另设专人", "responsiblePerson", "王科长"))))
                    : Map.of("result", "COMPLIANT", "note", "经自查符合要求"));
        }
        driver.submit(pi, UnitCampaignProcess.TASK_WRITE_SELF_INSPECTION_REPORT, staff,
                Map.of(FormKeys.REPORT_TEXT, code.equals("ldj") ? FIRST_TEXT : FINAL_TEXT));
        if (!code.equals("ldj")) {
            driver.submit(pi, UnitCampaignProcess.TASK_REVIEW_SELF_INSPECTION, code + "-head-w", approve());
        }
    }

    /** Self-scores: full points but one off item 3; the inspector agrees and takes one point off item 5 of ldj. */
    private void summarizeAndScore(String code) {
        String pi = units.get(code).getProcessInstanceId();
        Task write = driver.one(pi, UnitCampaignProcess.TASK_WRITE_SUMMARY_REPORT);
        Map<Integer, Object> self = new HashMap<>();
        SheetAnswers.shown(driver, write).forEach((n, item) -> self.put(n, ((Number) item.get("points")).intValue()
                - (n == 3 ? 1 : 0)));
        Map<String, Object> values = new HashMap<>(SheetAnswers.selfScores(driver, write, self));
        values.put(FormKeys.REPORT_TEXT, SUMMARY_TEXT);
        driver.submit(write, code + "-staff-w", values);
        driver.submit(pi, UnitCampaignProcess.TASK_APPROVE_SUMMARY_REPORT, code + "-head-w", approve());
        driver.submit(pi, UnitCampaignProcess.TASK_RECEIVE_SUMMARY_REPORT, OFFICE, approve());
        // the evaluation opens at the county inspections' deadline
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi)
                .activityId(UnitCampaignProcess.TIMER_EVALUATION_OPENS).singleResult().getId());
        Task score = driver.one(pi, UnitCampaignProcess.TASK_SCORE_UNIT);
        Map<Integer, Object> scores = new HashMap<>(self);
        if (code.equals("ldj")) {
            scores.put(5, 3);
        }
        driver.submit(score, INSPECTOR_1, SheetAnswers.scores(driver, score, scores,
                Map.of(3, "岗位不相容问题自查发现后方整改", 5, REASON)));
        driver.submit(pi, UnitCampaignProcess.TASK_REVIEW_SCORE_SHEET, INSPECTOR_2, approve());
        driver.submit(pi, UnitCampaignProcess.TASK_DECIDE_ACCOUNTABILITY, OFFICE,
                Map.of("conclusion", "NONE", "note", "按期完成，不予问责"));
    }

    @Test
    void theSelfInspectionReportIsTheUnitsLatestTextAndItsRecordedResults() throws IOException {
        try (XWPFDocument draft = new XWPFDocument(new ByteArrayInputStream(returnedDraft))) {
            assertThat(paragraphs(draft)).contains("（已退回：本文根据当前保存的内容生成）", FIRST_TEXT);
        }
        try (XWPFDocument doc = download("ldj-staff-w", unitPath("ldj", "self-inspection-report.docx"))) {
            List<String> text = paragraphs(doc);
            assertThat(text).containsSubsequence("市劳动就业管理局", "〔2098〕　　号",
                    "市劳动就业管理局关于社会保险基金管理风险防控工作的自查报告", "市人社局社会保险基金风险防控工作领导小组办公室：",
                    "一、自查工作开展情况", "本单位成立自查工作组，对照任务分解表逐项自查。", "发现会计与出纳由同一人兼任的问题，已制定整改措施。",
                    "二、自查结果", "三、发现的问题及整改措施", "四、人员分工核查情况", "附件：1. 任务分解及考核表自查情况",
                    "市劳动就业管理局", "附件1", "任务分解及考核表自查情况", "附件2", "部门(科室)人员分工、岗位职责情况表");
            assertThat(text).as("the latest text, approved: no state line").doesNotContain(FIRST_TEXT)
                    .noneMatch(t -> t.startsWith("（已退回"));
            assertThat(text).contains("对照《任务分解及考核表》逐项自查 27 项：符合 26 项，存在问题 1 项，尚未自查 0 项。第7、27、29项原文缺失，"
                    + "经领导小组办公室确定不计分（" + cn.fundrisk.support.PlaceholdersSettled.REASON + "）。逐项情况见附件1。");
            assertThat(text).contains("张三同时担任会计和出纳（不相容岗位，第3项）");

            List<XWPFTable> tables = doc.getTables();
            assertThat(rows(tables.get(0))).containsExactly(
                    List.of("序号", "事项", "问题描述", "整改措施", "责任人", "整改时限", "整改情况"),
                    List.of("1", "第3项", "会计与出纳由同一人兼任", "出纳另设专人", "王科长", "2098年6月30日", "已销号：出纳另设专人"));
            List<List<String>> items = rows(tables.get(1));
            assertThat(items).hasSize(1 + 30).as("an agency's 30 items, 7, 27 and 29 as 不计分");
            assertThat(items.get(3)).containsExactly("3", itemSheet("ldj").lines().get(2).item().getTaskText(), "4", "存在问题", "");
            assertThat(items.get(7)).startsWith("7").contains("不计分");
            assertThat(rows(tables.get(2))).containsExactly(
                    List.of("序号", "姓名", "部门(科室)", "岗位", "岗位职责", "在编", "任职年限（年）"),
                    List.of("1", "张三", "财务科", "会计、出纳", "记账、出纳", "是", "3"),
                    List.of("2", "李四", "稽核科", "稽核", "内控稽核", "是", "2"));
        }
    }

    @Test
    void theSummaryReportCarriesTheTextRectificationAndSelfScoresOfTheDatabase() throws IOException {
        ItemSheet sheet = itemSheet("ldj");
        try (XWPFDocument doc = download("ldj-head-w", unitPath("ldj", "summary-report.docx"))) {
            List<String> text = paragraphs(doc);
            assertThat(text).containsSubsequence("市劳动就业管理局关于社会保险基金管理风险防控工作的总结报告", "一、工作开展情况",
                    SUMMARY_TEXT, "二、问题整改情况", "自查发现问题 1 个，截至本报告已整改 1 个，整改率 100.0%。", "三、自评情况",
                    "附件：任务分解及考核表自评得分", "附件", "任务分解及考核表自评得分");
            assertThat(sheet.selfScore()).isEqualByComparingTo("91");
            assertThat(text).anyMatch(t -> t.startsWith("对照《任务分解及考核表》逐项自评，自评合计 91 分（适用分值 92 分）。"));
            List<List<String>> categories = rows(doc.getTables().get(1));
            assertThat(categories.get(0)).containsExactly("类别", "分值", "自评分");
            for (int g = 0; g < sheet.groups().size(); g++) {
                ItemSheet.Group group = sheet.groups().get(g);
                assertThat(categories.get(g + 1)).as(group.heading()).containsExactly(group.heading(),
                        group.points() == 0 ? "不计分" : Integer.toString(group.points()), number(group.selfScore()));
            }
            assertThat(categories.get(categories.size() - 1)).containsExactly("合计", "92", "91");
        }
    }

    @Test
    void theResultsBulletinRanksLikeWithLikeAndCarriesTheDeductionsAndTheNote() throws IOException {
        try (XWPFDocument doc = download("ldj-staff-w", "/api/campaigns/" + campaignId + "/documents/results-bulletin.docx")) {
            List<String> text = paragraphs(doc);
            assertThat(text).containsSubsequence("池州市人力资源和社会保障局文件", "池人社秘〔2098〕　　号",
                    "关于" + NAME + "考核结果的通报", "一、基本情况", "二、考核结果", "（一）市本级经办机构", "（二）县区人社局",
                    "三、存在的主要问题", "四、结果运用", RESULTS_NOTE, "社保基金风险防控工作纳入2098年度人社重点工作目标考核范围。",
                    "附件：各单位分类别考核得分表", "池州市人力资源和社会保障局");
            assertThat(text).noneMatch(t -> t.contains("审定后方可印发"));
            assertThat(text).contains("按照《池州市加强社会保险基金管理风险防控工作实施方案》要求，2 个责任单位参加专项工作，开展自查、"
                    + "整改、自评和总结。自查发现问题 1 个，已整改 1 个，整改率 100.0%。领导小组办公室对 2 个单位进行了检查评估和考核评分。");
            List<XWPFTable> tables = doc.getTables();
            CampaignUnit ldj = campaignUnits.findById(id("ldj")).orElseThrow();
            CampaignUnit guichi = campaignUnits.findById(id("guichi")).orElseThrow();
            assertThat(ldj.getFinalScore()).as("92 less item 3 (as self-scored) and item 5").isEqualByComparingTo("90");
            assertThat(rows(tables.get(0))).containsExactly(List.of("名次", "单位", "适用分值", "自评分", "考核得分", "得分率"),
                    List.of("1", "市劳动就业管理局", "92", "91", "90", "97.83%"));
            assertThat(rows(tables.get(1)).get(1)).containsExactly("1", "贵池区人力资源和社会保障局", "94", "93", "93", "98.94%");
            assertThat(guichi.getScoreRate()).isEqualByComparingTo("0.9894");
            assertThat(rows(tables.get(2))).containsExactly(List.of("单位", "事项", "扣分", "扣分原因"),
                    List.of("市劳动就业管理局", "第3项", "1", "岗位不相容问题自查发现后方整改"),
                    List.of("市劳动就业管理局", "第5项", "1", REASON),
                    List.of("贵池区人力资源和社会保障局", "第3项", "1", "岗位不相容问题自查发现后方整改"));
            List<List<String>> byCategory = rows(tables.get(3));
            assertThat(byCategory.get(0)).containsExactly("单位", "一", "二", "三", "四", "五", "六", "七", "八", "合计");
            ItemSheet scored = scoredSheet(ldj);
            List<String> expected = new ArrayList<>(List.of("市劳动就业管理局"));
            for (int category = 1; category <= 8; category++) {
                int no = category;
                expected.add(scored.groups().stream().filter(g -> g.categoryNo() == no && g.points() > 0).findFirst()
                        .map(g -> number(g.score())).orElse("—"));
            }
            expected.add("90");
            assertThat(byCategory.get(1)).containsExactlyElementsOf(expected);
            assertThat(byCategory.get(1).get(6)).as("category 六 of an agency: only item 29, 不计分").isEqualTo("—");
        }
    }

    @Test
    void aUnitGetsOnlyItsOwnReportsTheCampaignWideRolesGetAll() {
        for (String kind : List.of("self-inspection-report.docx", "summary-report.docx")) {
            Answer other = http.get("ldj-staff-w", unitPath("guichi", kind));
            assertThat(other.status()).isEqualTo(403);
            assertThat(other.problem(ApiProblem.ACCESS_DENIED)).isEqualTo("无权访问该单位的材料");
            for (String wide : List.of(OFFICE, LEADER, INSPECTOR_1)) {
                Answer answer = http.get(wide, unitPath("guichi", kind));
                assertThat(answer.status()).as(wide + " " + kind).isEqualTo(200);
                assertThat(answer.header("Content-Type")).isEqualTo(DocxWriter.DOCX);
                assertThat(answer.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
            }
        }
        Answer notInCampaign = http.get("ylbx-staff-w", "/api/campaigns/" + campaignId + "/documents/results-bulletin.docx");
        assertThat(notInCampaign.status()).isEqualTo(403);
        assertThat(notInCampaign.problem(ApiProblem.ACCESS_DENIED)).isEqualTo("无权查看该专项工作");
        assertThat(http.get(null, unitPath("ldj", "summary-report.docx")).status()).isEqualTo(401);
        assertThat(http.getPage("ldj-staff-w", "/units/" + id("ldj")).raw()).contains("下载自查报告（Word）", "下载总结报告（Word）");
        assertThat(http.getPage("ldj-staff-w", "/campaigns/" + campaignId).raw()).as("issued: the unit may read it")
                .contains("结果通报（Word）");
    }

    private ItemSheet itemSheet(String code) {
        CampaignUnit unit = campaignUnits.findById(id(code)).orElseThrow();
        return transaction.execute(s -> itemSheets.of(campaignId, unit.getId(), unit.getUnit().getKind()));
    }

    private ItemSheet scoredSheet(CampaignUnit unit) {
        return transaction.execute(s -> {
            Map<Integer, ItemSheets.Scored> scores = new HashMap<>();
            for (ItemScore score : itemScores.findByScoreSheetIdOrderByItemNo(
                    scoreSheets.findByCampaignUnitId(unit.getId()).orElseThrow().getId())) {
                scores.put(score.getItemNo(), new ItemSheets.Scored(score.getScore(), score.getDeductionReason()));
            }
            return itemSheets.of(campaignId, unit.getId(), unit.getUnit().getKind(), scores);
        });
    }

    private XWPFDocument download(String user, String path) throws IOException {
        Answer answer = http.get(user, path);
        assertThat(answer.status()).as(path + " " + answer.raw()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo(DocxWriter.DOCX);
        return new XWPFDocument(new ByteArrayInputStream(answer.bytes()));
    }

    private String unitPath(String code, String document) {
        return "/api/campaign-units/" + id(code) + "/documents/" + document;
    }

    private long id(String code) {
        return units.get(code).getId();
    }

    private static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
    }

    private static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(c -> c.getText()).toList());
        }
        return rows;
    }

    private static String number(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    private static Map<String, Object> approve() {
        return Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意");
    }
}
