package cn.fundrisk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.inspection.Rankings;
import cn.fundrisk.inspection.ScoreSheet;
import cn.fundrisk.inspection.ScoreSheets;
import cn.fundrisk.process.ApiProblem;
import cn.fundrisk.process.TaskDriver;
import cn.fundrisk.process.UnitCampaignProcess;
import cn.fundrisk.rectification.Problems;
import cn.fundrisk.reminder.Outbox;
import cn.fundrisk.reminder.OutboxMail;
import cn.fundrisk.reminder.OverdueSupervision;
import cn.fundrisk.reminder.OverdueSupervisions;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.HttpClientForTests.Answer;
import cn.fundrisk.support.TestIdentities;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
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
 * The dashboard's figures for {@link ConstructedCampaign} (four units, the engine clock moved), read
 * on 26 May 2099 at 10:00 and asserted exactly over HTTP with authorization on. Subclasses choose
 * the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.authorization.enabled=true")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DashboardFiguresTestBase {

    static final String PASSWORD = "pw-dashboard";
    static final String OFFICE = ConstructedCampaign.OFFICE;
    static final String LEADER = ConstructedCampaign.LEADER;
    static final String INSPECTOR = ConstructedCampaign.INSPECTOR;
    static final String OUTSIDER = ConstructedCampaign.OUTSIDER;
    static final String SHITAI_STAFF = ConstructedCampaign.SHITAI_STAFF;

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired TaskDriver driver;
    @Autowired CampaignUnits campaignUnits;
    @Autowired Problems problems;
    @Autowired Outbox outbox;
    @Autowired OverdueSupervisions supervisions;
    @Autowired ScoreSheets scoreSheets;
    @Autowired Rankings rankings;
    @Autowired TransactionTemplate transaction;

    HttpClientForTests http;
    long campaignId;
    final Map<String, CampaignUnit> units = new HashMap<>();

    @BeforeAll
    void constructCampaign() {
        http = new HttpClientForTests(port, PASSWORD);
        ConstructedCampaign campaign = ConstructedCampaign.build(http, new TestIdentities(identityService, PASSWORD),
                driver, campaignUnits, problems);
        campaignId = campaign.id();
        units.putAll(campaign.units());
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    JsonNode get(String user, String path) {
        return http.get(user, "/api/campaigns/" + campaignId + path).ok();
    }

    /** "LIGHT STATE" of a unit's phase in the progress matrix. */
    static String cell(JsonNode progress, String unitCode, String phase) {
        for (JsonNode row : progress.path("matrix").path("rows")) {
            if (row.path("unitCode").asText().equals(unitCode)) {
                for (JsonNode c : row.path("cells")) {
                    if (c.path("phase").asText().equals(phase)) {
                        return c.path("light").asText() + " " + c.path("state").asText() + " " + c.path("label").asText();
                    }
                }
            }
        }
        return null;
    }

    @Test
    void headerMatrixAndLightsAreExact() {
        JsonNode p = get(OFFICE, "/progress");
        JsonNode header = p.path("header");
        assertThat(header.path("currentPhase").asText()).isEqualTo("SELF_INSPECTION");
        assertThat(header.path("currentPhaseLabel").asText()).isEqualTo("问题排查");
        assertThat(header.path("daysToNextDeadline").asLong()).isEqualTo(5);
        assertThat(header.path("unitCount").asLong()).isEqualTo(4);
        // 3 agencies × 5 phases + guichi × 6 (county inspection); done: ldj deployment and self-inspection, gsbx deployment
        assertThat(header.path("phasesTotal").asLong()).isEqualTo(21);
        assertThat(header.path("phasesDone").asLong()).isEqualTo(3);
        assertThat(header.path("completionPercent").asDouble()).isEqualTo(14.3);
        assertThat(p.path("computedAt").asText()).startsWith("2099-05-26T10:00");

        assertThat(cell(p, "ldj", "DEPLOYMENT")).isEqualTo("GREEN DONE_ON_TIME 按时完成");
        assertThat(cell(p, "ldj", "SELF_INSPECTION")).isEqualTo("GREEN DONE_ON_TIME 按时完成");
        assertThat(cell(p, "ldj", "RECTIFICATION")).isEqualTo("GREEN ON_TRACK 进行中");
        assertThat(cell(p, "ldj", "COUNTY_INSPECTION")).isEqualTo("GREY NOT_APPLICABLE 不适用");
        assertThat(cell(p, "ldj", "EVALUATION")).isEqualTo("GREY NOT_STARTED 未开始");
        assertThat(cell(p, "gsbx", "DEPLOYMENT")).isEqualTo("YELLOW DONE_LATE 逾期完成");
        assertThat(cell(p, "gsbx", "SELF_INSPECTION")).isEqualTo("YELLOW DUE_SOON 临近截止");
        assertThat(cell(p, "ylbx", "DEPLOYMENT")).isEqualTo("RED OVERDUE 已逾期");
        assertThat(cell(p, "ylbx", "SELF_INSPECTION")).isEqualTo("YELLOW DUE_SOON 临近截止");
        assertThat(cell(p, "guichi", "DEPLOYMENT")).isEqualTo("RED OVERDUE 已逾期");
        assertThat(cell(p, "guichi", "COUNTY_INSPECTION")).isEqualTo("GREY NOT_STARTED 未开始");

        JsonNode deployment = p.path("phases").get(0);
        assertThat(deployment.path("phase").asText()).isEqualTo("DEPLOYMENT");
        assertThat(deployment.path("lights").toString()).isEqualTo("{\"GREEN\":1,\"YELLOW\":1,\"RED\":2,\"GREY\":0}");
        JsonNode selfInspection = p.path("phases").get(1);
        assertThat(selfInspection.path("lights").toString()).isEqualTo("{\"GREEN\":1,\"YELLOW\":3,\"RED\":0,\"GREY\":0}");
    }

    @Test
    void problemsAndRectificationRate() {
        JsonNode problems = get(LEADER, "/problems").path("problems");
        assertThat(problems.path("found").asLong()).isEqualTo(2);
        assertThat(problems.path("rectified").asLong()).isEqualTo(1);
        assertThat(problems.path("rate").asDouble()).isEqualTo(50.0);
        assertThat(problems.path("rateText").asText()).isEqualTo("50.0%");
        assertThat(problems.path("byUnit")).hasSize(1);
        assertThat(problems.path("byUnit").get(0).path("unitName").asText()).isEqualTo("市劳动就业管理局");
        assertThat(problems.path("byCategory").toString())
                .contains("\"categoryNo\":1", "\"categoryNo\":2").doesNotContain("\"categoryNo\":3");
        assertThat(problems.path("byCategory").get(0).path("rectified").asLong()).isEqualTo(1);
        assertThat(problems.path("byCategory").get(1).path("rectified").asLong()).isEqualTo(0);

        JsonNode heatmap = get(INSPECTOR, "/heatmap").path("heatmap");
        assertThat(heatmap.path("items")).hasSize(31);
        Map<String, String> ldjCells = new HashMap<>();
        long gsbxNotAssessed = 0;
        for (JsonNode c : heatmap.path("cells")) {
            if (c.path("campaignUnitId").asLong() == units.get("ldj").getId()) {
                ldjCells.put(c.path("itemNo").asText(), c.path("state").asText());
            }
            if (c.path("campaignUnitId").asLong() == units.get("gsbx").getId()
                    && c.path("state").asText().equals("NOT_ASSESSED")) {
                gsbxNotAssessed++;
            }
        }
        assertThat(ldjCells).containsEntry("5", "RECTIFIED").containsEntry("9", "RECTIFYING").containsEntry("1", "COMPLIANT");
        assertThat(gsbxNotAssessed).as("gsbx, an agency like ldj, has assessed none of its items").isEqualTo(ldjCells.size()).isPositive();
    }

    @Test
    void overdueListStepsAndScores() {
        JsonNode overdue = get(OFFICE, "/overdue?page=0").path("overdue");
        assertThat(overdue.path("total").asLong()).isEqualTo(2);
        assertThat(overdue.path("rows")).hasSize(2);
        for (JsonNode row : overdue.path("rows")) {
            assertThat(row.path("what").asText()).isEqualTo("工作部署");
            assertThat(row.path("daysOverdue").asLong()).isEqualTo(25);
            assertThat(row.path("lastReminder").asText()).isEqualTo("—");
            assertThat(row.path("lastSupervision").asText()).isEqualTo("—");
        }
        assertThat(overdue.path("rows").get(0).path("unitName").asText()).isEqualTo("市养老保险管理中心");
        assertThat(overdue.path("rows").get(0).path("responsiblePerson").asText()).isEqualTo("李四");
        remindAndSupervise();

        Map<String, Long> steps = new HashMap<>();
        get(LEADER, "/steps").path("steps").forEach(s -> steps.put(s.path("activityId").asText(), s.path("units").asLong()));
        assertThat(steps).containsEntry(UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN, 1L)
                .containsEntry(UnitCampaignProcess.TASK_DRAFT_UNIT_PLAN, 1L)
                .containsEntry(UnitCampaignProcess.TASK_SELF_INSPECT_ITEM, 1L)
                .containsEntry(UnitCampaignProcess.TASK_RECTIFY_PROBLEM, 1L)
                .containsEntry(UnitCampaignProcess.SUBPROCESS_DEPLOYMENT, 2L)
                .containsEntry(UnitCampaignProcess.SUBPROCESS_SELF_INSPECTION, 1L)
                .containsEntry(UnitCampaignProcess.SUBPROCESS_RECTIFICATION, 1L);
        Answer svg = http.get(OFFICE, "/api/campaigns/" + campaignId + "/steps.svg");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(svg.raw()).startsWith("<svg").contains("data-activity=\"Task_AcknowledgePlan\" data-count=\"1\"")
                .contains("data-activity=\"SubProcess_UnitDeployment\" data-count=\"2\"");

        JsonNode scores = get(OFFICE, "/scores").path("scores");
        assertThat(scores.path("units")).hasSize(4);
        assertThat(scores.path("anyScored").asBoolean()).isFalse();
    }

    /**
     * 最近催办 and 最近督办: ylbx gets an escalation e-mail at 09:00 and a 催办 (REST) at 10:00, two 督办 records
     * of its deployment and a later one of another phase; guichi only the escalation e-mail. Each row shows
     * the latest of its unit (and phase); the bulletin of an earlier day shows none of them.
     */
    void remindAndSupervise() {
        long ylbx = units.get("ylbx").getId();
        long guichi = units.get("guichi").getId();
        java.time.Instant reading = ConstructedCampaign.READING.toInstant();
        ClockUtil.setCurrentTime(Date.from(reading.minusSeconds(3600)));
        for (long unit : new long[] { ylbx, guichi }) {
            assertThat(outbox.queue(new OutboxMail("test-escalation|" + unit, OutboxMail.Kind.ESCALATION_HEAD,
                    "head@fundrisk.example", "逾期提醒", "正文", "<p>正文</p>", unit))).isTrue();
        }
        supervisions.save(new OverdueSupervision(ylbx, Phase.DEPLOYMENT, OverdueSupervision.Method.WRITTEN_NOTICE,
                "已发书面通知", null, OFFICE, reading.minusSeconds(2400)));
        supervisions.save(new OverdueSupervision(ylbx, Phase.DEPLOYMENT, OverdueSupervision.Method.PHONE,
                "已电话督促，承诺月底前完成", LocalDate.of(2099, 6, 1), OFFICE, reading.minusSeconds(1800)));
        supervisions.save(new OverdueSupervision(ylbx, Phase.SELF_INSPECTION, OverdueSupervision.Method.INTERVIEW,
                "另一阶段的督办", null, OFFICE, reading.minusSeconds(600)));
        ClockUtil.setCurrentTime(Date.from(reading));
        http.post(OFFICE, "/api/campaign-units/" + ylbx + "/nudge", Map.of("message", "请尽快完成工作部署")).ok();

        JsonNode rows = get(OFFICE, "/overdue?page=0").path("overdue").path("rows");
        assertThat(rows.get(0).path("campaignUnitId").asLong()).isEqualTo(ylbx);
        assertThat(rows.get(0).path("lastReminder").asText()).isEqualTo("催办 05-26 10:00");
        assertThat(rows.get(0).path("lastSupervision").asText()).isEqualTo("电话 05-26 09:30，新目标日期 06-01");
        assertThat(rows.get(0).path("lastSupervisionNote").asText()).isEqualTo(OFFICE + "：已电话督促，承诺月底前完成");
        assertThat(rows.get(1).path("campaignUnitId").asLong()).isEqualTo(guichi);
        assertThat(rows.get(1).path("lastReminder").asText()).isEqualTo("逾期告知单位负责人 05-26 09:00");
        assertThat(rows.get(1).path("lastSupervision").asText()).isEqualTo("—");
        assertThat(rows.get(1).path("lastSupervisionNote").isNull()).isTrue();

        String today = http.getPage(LEADER, "/campaigns/" + campaignId + "/bulletin?date=2099-05-26").raw();
        assertThat(today).contains(">催办 05-26 10:00<", ">逾期告知单位负责人 05-26 09:00<",
                "title=\"" + OFFICE + "：已电话督促，承诺月底前完成\">电话 05-26 09:30，新目标日期 06-01<");
        String unitPage = http.getPage("ylbx-staff-d", "/units/" + ylbx).raw();
        String section = unitPage.substring(unitPage.indexOf("<table id=\"reminders\">"));
        section = section.substring(0, section.indexOf("</table>"));
        assertThat(section).containsSubsequence(">2099-05-26 10:00<", ">催办<", "请尽快完成工作部署",
                ">2099-05-26 09:50<", "督办（问题排查）", ">约谈<",
                ">2099-05-26 09:30<", "督办（工作部署）", ">电话<", "已电话督促，承诺月底前完成", ">2099-06-01<",
                ">2099-05-26 09:20<", "督办（工作部署）", ">书面通知<", "已发书面通知");
        assertThat(unitPage).contains("本单位相关邮件共 ");
        String before = http.getPage(LEADER, "/campaigns/" + campaignId + "/bulletin?date=2099-05-01").raw();
        assertThat(before).contains("逾期事项").doesNotContain("催办 05-26", "逾期告知单位负责人 05-26", "电话 05-26");
    }

    /**
     * Ranking like with like (issue 14.8): a campaign of two agencies, the information centre, three
     * counties and the bureau, scored directly (final scores and approved sheets; the form path is
     * WholeCampaignTest's), ranked by score rate within each group. Applicable points less items 7, 27,
     * 29 (不计分): agency 92, information centre 30, county 94, bureau 8.
     */
    @Test
    void unitsAreRankedByScoreRateWithinTheirGroup() throws IOException {
        assertThat(http.post(OFFICE, "/api/units", Map.of("code", "rankag", "name", "市排名测试经办机构", "kind", "AGENCY",
                "defaultParticipant", false, "active", true, "contactEmail", "rankag@fundrisk.example")).status())
                .isEqualTo(201);
        java.time.Instant reading = ConstructedCampaign.READING.toInstant();
        ClockUtil.setCurrentTime(Date.from(ConstructedCampaign.START.toInstant()));
        long ranked;
        try {
            Answer created = http.post(OFFICE, "/api/campaigns", Map.of("name", "排名测试", "year", 2099, "unitCodes",
                    List.of("jjzj", "rankag", "xxzx", "dongzhi", "qingyang", "jiuhuashan", "bureau")));
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            ranked = created.body().path("id").asLong();
        } finally {
            ClockUtil.setCurrentTime(Date.from(reading));
        }
        Map<String, CampaignUnit> byCode = new HashMap<>();
        campaignUnits.findByCampaign(ranked).forEach(cu -> byCode.put(cu.getUnit().getCode(), cu));
        // code, final score, whether the second inspector approved the sheet
        Object[][] scored = { { "jjzj", "90", true }, { "rankag", "85", true }, { "xxzx", "29", true },
                { "dongzhi", "92", true }, { "qingyang", "92", true }, { "jiuhuashan", "90", true },
                { "bureau", "8", false } };
        final long campaign = ranked;
        transaction.executeWithoutResult(status -> {
            for (Object[] unit : scored) {
                CampaignUnit cu = campaignUnits.findById(byCode.get((String) unit[0]).getId()).orElseThrow();
                cu.scored(new BigDecimal((String) unit[1]));
                campaignUnits.save(cu);
                ScoreSheet sheet = scoreSheets.of(cu.getId());
                sheet.submit(new BigDecimal((String) unit[1]), INSPECTOR, reading);
                if ((Boolean) unit[2]) {
                    sheet.review(true, "同意", "inspector-other", reading);
                }
                scoreSheets.save(sheet);
            }
            rankings.refresh(campaign);
        });

        List<String> expected = List.of(
                "AGENCY 市本级经办机构 1 市社会保险基金征缴中心 92 90.0 0.9783",
                "AGENCY 市本级经办机构 2 市排名测试经办机构 92 85.0 0.9239",
                "INFO_CENTRE 信息中心 1 市人力资源和社会保障信息中心 30 29.0 0.9667",
                "COUNTY 县区人社局 1 东至县人力资源和社会保障局 94 92.0 0.9787",
                "COUNTY 县区人社局 1 青阳县人力资源和社会保障局 94 92.0 0.9787",
                "COUNTY 县区人社局 3 九华山风景区社会保障局 94 90.0 0.9574",
                "BUREAU 市人社局 — 池州市人力资源和社会保障局 8 8.0 1.0000");
        List<String> shown = new ArrayList<>();
        http.get(OFFICE, "/api/campaigns/" + ranked + "/scores").ok().path("scores").path("units").forEach(u -> shown.add(
                u.path("unitKind").asText() + " " + u.path("groupLabel").asText() + " "
                        + (u.path("ranking").isNull() ? "—" : u.path("ranking").asText()) + " " + u.path("unitName").asText()
                        + " " + u.path("applicablePoints").asInt() + " " + u.path("finalScore").decimalValue().setScale(1)
                        + " " + u.path("scoreRate").decimalValue().setScale(4)));
        assertThat(shown).as("grouped, by rank within the group; the bureau's sheet is not approved").isEqualTo(expected);

        String bulletin = http.getPage(LEADER, "/campaigns/" + ranked + "/bulletin").raw();
        assertThat(bulletin).containsSubsequence("data-group=\"AGENCY\"", ">1<", "市社会保险基金征缴中心", ">97.83%<",
                "data-group=\"INFO_CENTRE\"", ">1<", "市人力资源和社会保障信息中心", ">96.67%<",
                "data-group=\"COUNTY\"", ">1<", "东至县", "data-group=\"COUNTY\"", ">1<", "青阳县",
                "data-group=\"COUNTY\"", ">3<", "九华山", "data-group=\"BUREAU\"", ">—<");

        Answer export = http.get(OFFICE, "/api/campaigns/" + ranked + "/ranking.xlsx");
        assertThat(export.status()).isEqualTo(200);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(export.bytes()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            List<String> rows = new ArrayList<>();
            org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = new ArrayList<>();
                sheet.getRow(r).forEach(c -> cells.add(format.formatCellValue(c)));
                rows.add(String.join("|", cells));
            }
            assertThat(rows).containsExactly("组别|名次|单位|适用分值|自评分|考核得分|得分率",
                    "市本级经办机构|1|市社会保险基金征缴中心|92||90|97.83%",
                    "市本级经办机构|2|市排名测试经办机构|92||85|92.39%",
                    "信息中心|1|市人力资源和社会保障信息中心|30||29|96.67%",
                    "县区人社局|1|东至县人力资源和社会保障局|94||92|97.87%",
                    "县区人社局|1|青阳县人力资源和社会保障局|94||92|97.87%",
                    "县区人社局|3|九华山风景区社会保障局|94||90|95.74%",
                    "市人社局||池州市人力资源和社会保障局|8||8|100.00%");
        }
    }

    @Test
    void theBulletinShowsTheMatrixAsOfItsDay() {
        Answer bulletin = http.getPage(LEADER, "/campaigns/" + campaignId + "/bulletin?date=2099-05-01");
        assertThat(bulletin.status()).as(bulletin.raw()).isEqualTo(200);
        String html = bulletin.raw();
        assertThat(html).contains("看板测试进度通报", "截至 <span>2099年5月1日</span>", "@page", "逾期事项", "评分排名");
        // on 1 May gsbx had not deployed yet: red then, yellow (done late) now
        assertThat(Pattern.compile("data-unit=\"gsbx\">\\s*<td>[^<]*</td>\\s*<td class=\"dot L-RED\"").matcher(html).find())
                .as(html).isTrue();
        assertThat(Pattern.compile("data-unit=\"ldj\">\\s*<td>[^<]*</td>\\s*<td class=\"dot L-GREEN\"").matcher(html).find())
                .isTrue();
        assertThat(http.getPage(LEADER, "/campaigns/" + campaignId + "/bulletin?date=5月1日").status()).isEqualTo(400);
    }

    @Test
    void unitsSeeTheirOwnRowOthersAreRefused() {
        JsonNode own = get("ylbx-staff-d", "/progress");
        assertThat(own.path("matrix").path("rows")).hasSize(1);
        assertThat(own.path("matrix").path("rows").get(0).path("unitCode").asText()).isEqualTo("ylbx");
        assertThat(own.path("header").path("unitCount").asLong()).isEqualTo(1);
        assertThat(get("ylbx-staff-d", "/overdue").path("overdue").path("total").asLong()).isEqualTo(1);
        JsonNode none = get("ylbx-staff-d", "/problems").path("problems");
        assertThat(none.path("found").asLong()).isZero();
        assertThat(none.path("rateText").asText()).isEqualTo("暂无问题");
        Answer notTakingPart = http.getPage(SHITAI_STAFF, "/dashboard");
        assertThat(notTakingPart.status()).isEqualTo(200);
        assertThat(notTakingPart.raw()).contains("暂无专项工作").doesNotContain("data-campaign=");

        Answer page = http.getPage("ylbx-staff-d", "/dashboard");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/units/" + units.get("ylbx").getId());

        Answer outsider = http.get(OUTSIDER, "/api/campaigns/" + campaignId + "/progress");
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.problem(ApiProblem.ACCESS_DENIED)).startsWith("无权查看进度看板");
        assertThat(http.getPage(OUTSIDER, "/dashboard").status()).isEqualTo(403);
        Answer otherUnit = http.get(SHITAI_STAFF, "/api/campaigns/" + campaignId + "/heatmap");
        assertThat(otherUnit.status()).isEqualTo(403);
        assertThat(otherUnit.problem(ApiProblem.ACCESS_DENIED)).contains("本单位未参加");
        assertThat(http.get(null, "/api/campaigns/" + campaignId + "/progress").status()).isEqualTo(401);
        Answer badPage = http.get(OFFICE, "/api/campaigns/" + campaignId + "/progress?size=1000");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.problem(ApiProblem.INPUT_REJECTED)).contains("每页条数");

        Answer dashboard = http.getPage(OFFICE, "/dashboard?campaign=" + campaignId);
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.raw()).contains("进度看板", "data-campaign=\"" + campaignId + "\"",
                "/webjars/echarts/5.3.1/dist/echarts.min.js", "最近催办", "最近督办");
        assertThat(dashboard.raw()).as("the 催办 button is the office's").contains("data-can-nudge=\"true\"");
        assertThat(http.getPage(LEADER, "/dashboard?campaign=" + campaignId).raw()).contains("data-can-nudge=\"false\"");
    }

    @Test
    void theUnitPageShowsItemsRectificationAndTheHistoryOfSubmissions() {
        Answer page = http.getPage(LEADER, "/units/" + units.get("ldj").getId());
        assertThat(page.status()).isEqualTo(200);
        String html = page.raw();
        assertThat(html).contains("自查说明", "已整改", "第5项的问题", "提交与退回记录", "进度看板");
        assertThat(html).contains("第5项问题整改", "第9项自查", "已提交 → 已审核通过", "自查报告");
        assertThat(html).doesNotContain("暂无提交与退回记录");
    }
}
