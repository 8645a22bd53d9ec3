package cn.fundrisk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.process.CampaignProcess;
import cn.fundrisk.process.FormKeys;
import cn.fundrisk.process.JsonFormValues;
import cn.fundrisk.process.TaskDriver;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.process.UnitCampaignProcess;
import cn.fundrisk.rectification.Problems;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.HttpClientForTests.Answer;
import cn.fundrisk.support.TestIdentities;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * A campaign of four units built for the dashboard's tests, with the engine clock moved (default
 * deadlines of 2099: deployment 30 April, self-inspection 31 May, rectification 30 June, end of day
 * in Shanghai). On 10 April ldj deploys and self-inspects, finding problems on items 5 (category 一)
 * and 9 (category 二), and rectifies item 5 (verified); ylbx only acknowledges the plan (contact
 * 李四). On 2 May gsbx deploys (late). The clock is left at 26 May 10:00: ylbx and guichi are
 * overdue in deployment, self-inspection is due within 7 days. Callers reset the clock.
 */
record ConstructedCampaign(long id, Map<String, CampaignUnit> units) {

    static final String OFFICE = "office-d";
    static final String LEADER = "leader-d";
    static final String INSPECTOR = "inspector-d";
    static final String OUTSIDER = "outsider-d";
    static final String SHITAI_STAFF = "shitai-staff-d";
    static final String NAME = "看板测试";
    static final OffsetDateTime START = OffsetDateTime.parse("2099-04-10T10:00:00+08:00");
    static final OffsetDateTime LATE_DEPLOYMENT = OffsetDateTime.parse("2099-05-02T10:00:00+08:00");
    static final OffsetDateTime READING = OffsetDateTime.parse("2099-05-26T10:00:00+08:00");

    static ConstructedCampaign build(HttpClientForTests http, TestIdentities identities, TaskDriver driver,
            CampaignUnits campaignUnits, Problems problems) {
        for (String[] user : new String[][] { { OFFICE, "office" }, { LEADER, "leaders" }, { INSPECTOR, "inspectors" },
                { "ldj-staff-d", "unit-ldj" }, { "ldj-head-d", "unit-ldj-head" }, { "ylbx-staff-d", "unit-ylbx" },
                { "gsbx-staff-d", "unit-gsbx" }, { "gsbx-head-d", "unit-gsbx-head" }, { SHITAI_STAFF, "unit-shitai" },
                { OUTSIDER, "visitors-d" } }) {
            identities.group(user[1]);
            identities.user(user[0], user[1]);
        }
        ClockUtil.setCurrentTime(Date.from(START.toInstant()));
        Answer created = http.post(OFFICE, "/api/campaigns", Map.of("name", NAME, "year", 2099,
                "unitCodes", List.of("ldj", "ylbx", "gsbx", "guichi")));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long campaignId = created.body().path("id").asLong();
        String campaignPi = created.body().path("processInstanceId").asText();
        driver.submit(campaignPi, CampaignProcess.TASK_DRAFT_WORK_PLAN, OFFICE, Map.of("planText", "工作方案正文"));
        driver.submit(campaignPi, CampaignProcess.TASK_APPROVE_WORK_PLAN, LEADER, approve());
        Map<String, CampaignUnit> units = new HashMap<>();
        campaignUnits.findByCampaign(campaignId).forEach(cu -> units.put(cu.getUnit().getCode(), cu));

        deploy(driver, units, "ldj");
        selfInspect(driver, units, "ldj", 5, 9);
        String ldj = units.get("ldj").getProcessInstanceId();
        for (Task rectify : driver.open(ldj, UnitCampaignProcess.TASK_RECTIFY_PROBLEM)) {
            long problemId = ((Number) driver.variable(rectify, UnitCampaignProcess.VAR_PROBLEM_ID)).longValue();
            if (problems.findById(problemId).orElseThrow().getItemNo() == 5) {
                driver.submit(rectify, "ldj-staff-d", Map.of("outcome", "RECTIFIED", "actionTaken", "已分设岗位",
                        "completedOn", "2099-04-10"));
                driver.submit(ldj, UnitCampaignProcess.TASK_VERIFY_RECTIFICATION, "ldj-head-d", approve());
            }
        }
        driver.submit(units.get("ylbx").getProcessInstanceId(), UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN,
                "ylbx-staff-d", Map.of("acknowledged", true, "contactPerson", "李四"));

        ClockUtil.setCurrentTime(Date.from(LATE_DEPLOYMENT.toInstant()));
        deploy(driver, units, "gsbx");
        ClockUtil.setCurrentTime(Date.from(READING.toInstant()));
        return new ConstructedCampaign(campaignId, units);
    }

    private static void deploy(TaskDriver driver, Map<String, CampaignUnit> units, String code) {
        String pi = units.get(code).getProcessInstanceId();
        driver.submit(pi, UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN, code + "-staff-d",
                Map.of("acknowledged", true, "contactPerson", "联络员" + code));
        driver.submit(pi, UnitCampaignProcess.TASK_DRAFT_UNIT_PLAN, code + "-staff-d", Map.of(FormKeys.REPORT_TEXT, "本单位方案"));
        driver.submit(pi, UnitCampaignProcess.TASK_APPROVE_UNIT_PLAN, code + "-head-d", approve());
    }

    private static void selfInspect(TaskDriver driver, Map<String, CampaignUnit> units, String code, int... problemItems) {
        String pi = units.get(code).getProcessInstanceId();
        for (Task task : driver.open(pi, UnitCampaignProcess.TASK_SELF_INSPECT_ITEM)) {
            int itemNo = ((Number) driver.variable(task, UnitCampaignProcess.VAR_ITEM_NO)).intValue();
            if (itemNo == problemItems[0] || itemNo == problemItems[1]) {
                Map<String, Object> entry = Map.of("description", "第" + itemNo + "项的问题", "cause", "制度未落实",
                        "riskLevel", "MEDIUM", "measure", "整改措施", "responsiblePerson", "张三", "plannedDate", "2099-06-15");
                driver.submit(task, code + "-staff-d", Map.of("result", "PROBLEM", "problems", JsonFormValues.json(List.of(entry))));
            } else {
                driver.submit(task, code + "-staff-d", Map.of("result", "COMPLIANT", "note", "符合"));
            }
        }
        driver.submit(pi, UnitCampaignProcess.TASK_WRITE_SELF_INSPECTION_REPORT, code + "-staff-d",
                Map.of(FormKeys.REPORT_TEXT, "自查报告正文"));
        driver.submit(pi, UnitCampaignProcess.TASK_REVIEW_SELF_INSPECTION, code + "-head-d", approve());
    }

    static Map<String, Object> approve() {
        return Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意");
    }
}
