package cn.fundrisk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.campaign.UnitPhase;
import cn.fundrisk.checklist.CampaignItem;
import cn.fundrisk.checklist.Catalogue;
import cn.fundrisk.checklist.CatalogueItem;
import cn.fundrisk.support.PlaceholdersSettled;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class CampaignStartTest extends ProcessTestSupport {

    @Autowired Catalogue catalogue;
    @Autowired JdbcTemplate jdbc;

    @Test
    void registersCampaignWithPlanDefaultsAndWaitsForTheWorkPlan() {
        ProcessInstance instance = start(request("2019年专项工作", 2019, "ldj,guichi,xxzx"));

        Campaign campaign = campaignOf(instance);
        assertThat(instance).isWaitingAt(CampaignProcess.TASK_DRAFT_WORK_PLAN)
                .hasPassed(CampaignProcess.TASK_REGISTER_CAMPAIGN);
        assertThat(instance.getBusinessKey()).isEqualTo(campaign.getId().toString());
        assertThat(campaign.getCreatedBy()).isEqualTo(OFFICE);
        // end of day in Asia/Shanghai, whatever the server's zone (tests run in UTC)
        assertThat(campaign.getSchedule().deadline(Phase.DEPLOYMENT)).isEqualTo(Instant.parse("2019-04-30T15:59:59Z"));
        assertThat(campaign.getSchedule().deadline(Phase.SUMMARY)).isEqualTo(Instant.parse("2019-07-30T15:59:59Z"));
        assertThat(campaign.getSchedule().deadline(Phase.COUNTY_INSPECTION)).isEqualTo(Instant.parse("2019-07-31T15:59:59Z"));
        assertThat(campaign.getSchedule().deadline(Phase.EVALUATION)).isEqualTo(Instant.parse("2019-09-30T15:59:59Z"));

        Map<String, Object> variables = runtimeService.getVariables(instance.getId());
        assertThat(variables).containsOnlyKeys("campaignId", "initiator", "deploymentDeadline",
                "selfInspectionDeadline", "rectificationDeadline", "summaryDeadline", "countyInspectionDeadline",
                "evaluationDeadline");
        assertThat(variables.get("deploymentDeadline")).isEqualTo(Date.from(Instant.parse("2019-04-30T15:59:59Z")));

        CampaignUnit agency = unit(campaign, "ldj");
        CampaignUnit county = unit(campaign, "guichi");
        CampaignUnit infoCentre = unit(campaign, "xxzx");
        assertThat(campaignUnits.findByCampaign(campaign.getId())).hasSize(3);
        // 98 points of an agency less items 7, 27, 29, which the office marked 不计分 (support/PlaceholdersSettled)
        assertThat(agency.getApplicablePoints()).isEqualTo(92);
        assertThat(campaignItems.findByCampaignIdOrderByItemNo(campaign.getId())).hasSize(31);
        // a unit's assessments and phases are written by its own start, after the work plan is issued
        assertThat(assessments.findByCampaignUnitIdOrderByItemNo(agency.getId())).isEmpty();
        assertThat(unitPhases.findByCampaignUnitIdOrderById(agency.getId())).isEmpty();

        scenario.approveWorkPlan(instance.getId());

        assertThat(assessments.findByCampaignUnitIdOrderByItemNo(agency.getId())).hasSize(27);
        assertThat(assessments.findByCampaignUnitIdOrderByItemNo(county.getId())).hasSize(28);
        assertThat(assessments.findByCampaignUnitIdOrderByItemNo(infoCentre.getId())).hasSize(9);
        assertThat(agency.getApplicablePoints()).isEqualTo(92);
        assertThat(county.getApplicablePoints()).isEqualTo(94);
        assertThat(infoCentre.getApplicablePoints()).as("items 7, 27, 29 are not the information centre's").isEqualTo(30);
        CampaignItem seven = campaignItems.findByCampaignIdAndItemNo(campaign.getId(), 7).orElseThrow();
        assertThat(seven.isScored()).isFalse();
        assertThat(seven.getNotScoredReason()).as("the office's decision, copied at start").isEqualTo(PlaceholdersSettled.REASON);
        assertThat(unitPhases.findByCampaignUnitIdOrderById(agency.getId())).extracting(UnitPhase::getPhase)
                .doesNotContain(Phase.COUNTY_INSPECTION).hasSize(5);
        assertThat(unitPhases.findByCampaignUnitIdOrderById(county.getId())).hasSize(6);
        assertThat(campaignItems.findByCampaignIdOrderByItemNo(campaign.getId())).hasSize(31);
        assertThat(campaignItems.findByCampaignIdAndItemNo(campaign.getId(), 19).orElseThrow().getDueAt())
                .isEqualTo(Instant.parse("2019-12-31T15:59:59Z"));
    }

    @Test
    void emptyUnitListMeansAllDefaultUnitsTheBureauIncludedAndDeadlinesAreEditable() {
        Map<String, Object> request = request("培训演练", 2026, "");
        request.put("deploymentDeadline", "2026-12-01T10:00+08:00");
        request.put("selfInspectionDeadline", "2026-12-01T10:05");
        request.put("rectificationDeadline", "2026-12-01T02:10:00Z");
        request.put("summaryDeadline", "2026-12-01T10:20+08:00");
        request.put("countyInspectionDeadline", "2026-12-01T10:25+08:00");
        request.put("evaluationDeadline", "2026-12-01T11:00+08:00");
        request.put("monthlyAuditInterval", "PT10M");
        ProcessInstance instance = start(request);

        Campaign campaign = campaignOf(instance);
        assertThat(campaignUnits.findByCampaign(campaign.getId())).as("the ten units of the notice and 市人社局")
                .hasSize(11);
        CampaignUnit bureau = unit(campaign, "bureau");
        assertThat(bureau.getApplicablePoints()).as("items 26, 30, 31").isEqualTo(8);
        assertThat(campaign.getSchedule().deadline(Phase.DEPLOYMENT)).isEqualTo(Instant.parse("2026-12-01T02:00:00Z"));
        assertThat(campaign.getSchedule().deadline(Phase.SELF_INSPECTION)).isEqualTo(Instant.parse("2026-12-01T02:05:00Z"));
        assertThat(campaign.getSchedule().deadline(Phase.RECTIFICATION)).isEqualTo(Instant.parse("2026-12-01T02:10:00Z"));
        assertThat(campaign.getSchedule().deadline(Phase.EVALUATION)).isEqualTo(Instant.parse("2026-12-01T03:00:00Z"));
        assertThat(campaign.getMonthlyAuditInterval()).isEqualTo("PT10M");
    }

    @Test
    void badRequestsStartNothingAndSayWhyInChinese() {
        long campaignsBefore = campaigns.count();
        long instancesBefore = runtimeService.createProcessInstanceQuery().count();
        long unitsBefore = campaignUnits.count();
        long assessmentsBefore = assessments.count();

        Map<String, Object> outOfOrder = request("乱序", 2019, "ldj");
        outOfOrder.put("selfInspectionDeadline", "2019-04-01");
        assertRejected(outOfOrder, "问题排查截止时间（2019-04-01 23:59）必须晚于工作部署截止时间（2019-04-30 23:59）");
        assertRejected(request("未知单位", 2019, "ldj,nowhere"), "单位不存在或已停用：nowhere");
        assertRejected(request("年度", 1999, "ldj"), "年度 1999 不存在");
        Map<String, Object> textYear = request("年度", 2019, "ldj");
        textYear.put("campaignYear", "二〇一九");
        assertRejected(textYear, "年度必须是整数");
        assertRejected(request("空单位", 2019, " , "), "参与单位不能为空");
        assertRejected(request("  ", 2019, "ldj"), "请填写专项工作名称");
        Map<String, Object> badDate = request("日期", 2019, "ldj");
        badDate.put("summaryDeadline", "7月30日");
        assertRejected(badDate, "汇总上报截止时间格式无效");

        assertThat(campaigns.count()).isEqualTo(campaignsBefore);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        assertThat(campaignUnits.count()).isEqualTo(unitsBefore);
        assertThat(assessments.count()).isEqualTo(assessmentsBefore);
    }

    @Test
    void aCampaignCannotStartWhileAPlaceholderIsNeitherCompletedNorMarkedNotScored() {
        long campaignsBefore = campaigns.count();
        catalogue.withdrawNotScored(29);
        try {
            assertThat(catalogue.unresolved()).extracting(CatalogueItem::getItemNo).containsExactly(29);
            assertRejected(request("第29项未处理", 2019, "ldj"), "考核表第29项原文缺失，尚未补全：请领导小组办公室在“考核表”页面"
                    + "（/checklist）补全，或标记为不计分并说明理由，然后再启动专项工作");
            assertThat(campaigns.count()).as("nothing started").isEqualTo(campaignsBefore);
            assertThatThrownBy(() -> catalogue.markNotScored(29, "  ", OFFICE)).isInstanceOf(InputRejectedException.class)
                    .hasMessage("请填写不计分的理由");
            assertThatThrownBy(() -> catalogue.markNotScored(3, "理由", OFFICE)).isInstanceOf(InputRejectedException.class)
                    .hasMessage("只能对原文缺失、尚未补全的事项标记不计分");
        } finally {
            catalogue.markNotScored(29, PlaceholdersSettled.REASON, PlaceholdersSettled.OFFICE);
        }
        ProcessInstance started = start(request("第29项不计分", 2019, "guichi"));
        assertThat(campaignItems.findByCampaignIdAndItemNo(campaignOf(started).getId(), 29).orElseThrow().isScored())
                .isFalse();
        assertThat(jdbc.queryForList("SELECT new_value FROM audit_log WHERE entity_type = 'CatalogueItem'"
                + " AND entity_id = '29' AND field = 'not_scored_reason' ORDER BY id", String.class))
                .as("each 不计分 decision and its withdrawal are in the trail").endsWith(null, PlaceholdersSettled.REASON);
    }

    private void assertRejected(Map<String, Object> request, String message) {
        assertThatThrownBy(() -> start(request)).isInstanceOf(InputRejectedException.class).hasMessageContaining(message);
    }
}
