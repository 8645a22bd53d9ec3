package cn.fundrisk.reminder;

import static cn.fundrisk.process.OverdueEscalationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.process.CampaignProcess;
import cn.fundrisk.process.FormKeys;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.process.UnitCampaignProcess;
import cn.fundrisk.support.HttpClientForTests;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The escalation chain after a deadline (2019 plan: deployment due Tuesday 2019-04-30): day 0 the
 * phase is recorded overdue and the escalation starts, no mail; day 1 (Wednesday 09:00) the unit's
 * head; day 3 (Friday) the office, with the 督办 task; ends early when the phase is done.
 */
class OverdueEscalationTest extends ReminderTestSupport {

    static final Instant DAY_0 = Instant.parse("2019-04-30T16:30:00Z"); // 2019-05-01 00:30 +08
    static final Instant DAY_1 = Instant.parse("2019-05-01T01:30:00Z"); // Wednesday 09:30 +08
    static final Instant DAY_3 = Instant.parse("2019-05-03T01:30:00Z"); // Friday 09:30 +08

    @Autowired OverdueSupervisions supervisions;

    @Test
    void headOnDayOneOfficeOnDayThreeAndTheOfficeSupervises() throws Exception {
        people("esc-ldj-staff", "unit-ldj", "esc-ldj-head", "unit-ldj-head", OFFICE, "office");
        CampaignUnit ldj = launch("逾期督办测试");
        ProcessInstance unitPi = unitInstance(ldj);

        setClock(DAY_0);
        fireDueTimers(unitPi.getId());
        ProcessInstance escalation = escalationOf(ldj);
        assertThat(unitPi).hasPassed(UnitCampaignProcess.END_DEPLOYMENT_OVERDUE)
                .isWaitingAt(UnitCampaignProcess.CALL_DEPLOYMENT_ESCALATION, UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN);
        assertThat(escalation).isWaitingAt(TIMER_HEAD_DAY);
        assertThat(escalationMails()).as("day 0: no escalation mail yet").isZero();

        setClock(DAY_1);
        fireDueTimers(escalation.getId());
        fireDueTimers(escalation.getId()); // nothing more is due
        assertThat(escalation).hasPassed(TASK_NOTIFY_UNIT_HEAD).isWaitingAt(TIMER_OFFICE_DAY);
        runSenderJob();
        List<MimeMessage> head = Smtp.to(mail("esc-ldj-head"), "」已逾期");
        assertThat(head).hasSize(1);
        assertThat(head.get(0).getSubject()).isEqualTo("【池州市人力资源和社会保障局】逾期提醒：市劳动就业管理局「工作部署」已逾期");
        assertThat(Smtp.text(head.get(0))).contains("截止时间为 2019-04-30 23:59", "已逾期 1 个工作日",
                "目前待单位经办人员办理「签收工作方案」", "请督促本单位经办人员尽快办理",
                "https://fundrisk.example/units/" + ldj.getId());
        assertThat(Smtp.to(mail(OFFICE), "」已逾期")).isEmpty();

        setClock(DAY_3);
        fireDueTimers(escalation.getId());
        assertThat(escalation).hasPassed(TASK_NOTIFY_OFFICE).isWaitingAt(TASK_SUPERVISE_OVERDUE);
        runSenderJob();
        runSenderJob();
        List<MimeMessage> office = Smtp.to(mail(OFFICE), "」已逾期");
        assertThat(office).hasSize(1);
        assertThat(office.get(0).getSubject()).contains("逾期督办：市劳动就业管理局「工作部署」已逾期");
        assertThat(Smtp.text(office.get(0))).contains("已逾期 3 个工作日", "办理督办事项");
        assertThat(Smtp.to(mail("esc-ldj-head"), "」已逾期")).as("the head is told once").hasSize(1);
        assertThat(Smtp.to(mail("esc-ldj-staff"), "」已逾期")).as("staff get the digest, not escalations").isEmpty();

        Task supervise = driver.one(escalation.getId(), TASK_SUPERVISE_OVERDUE);
        assertThat(supervise.getName()).isEqualTo("督办：市劳动就业管理局（工作部署逾期）");
        assertThat(taskService.getIdentityLinksForTask(supervise.getId())).anyMatch(l -> "office".equals(l.getGroupId()));
        assertThat(driver.variable(supervise, FormKeys.UNIT_NAME)).isEqualTo("市劳动就业管理局");
        assertThatThrownBy(() -> driver.submit(supervise, OFFICE, form("PHONE", "", null)))
                .isInstanceOf(InputRejectedException.class).hasMessage("请填写情况说明");
        assertThatThrownBy(() -> driver.submit(supervise, OFFICE, form("PHONE", "已电话督促", "2019-05-03")))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("新的完成期限须晚于今天");
        assertThatThrownBy(() -> driver.submit(supervise, OFFICE, form("FAX", "已督促", null)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("督办方式的取值无效");
        driver.submit(supervise, OFFICE, form("INTERVIEW", "已约谈单位负责人，承诺下周完成", null));

        assertThat(escalation).hasPassed(END_SUPERVISED, END_ESCALATION_DONE).isEnded();
        assertThat(unitPi).hasPassed(UnitCampaignProcess.END_DEPLOYMENT_ESCALATION)
                .isWaitingAt(UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN);
        OverdueSupervision record = supervisions.findByCampaignUnitIdOrderById(ldj.getId()).get(0);
        assertThat(record.getPhase()).isEqualTo(Phase.DEPLOYMENT);
        assertThat(record.getMethod()).isEqualTo(OverdueSupervision.Method.INTERVIEW);
        assertThat(record.getNewTargetDate()).isNull();
        assertThat(record.getSupervisedBy()).isEqualTo(OFFICE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'OverdueSupervision'"
                + " AND user_id = ? AND campaign_unit_id = ?", Long.class, OFFICE, ldj.getId())).isPositive();

        // the dashboard's overdue list shows the office's escalation e-mail and the 督办 just recorded
        JsonNode rows = new HttpClientForTests(port, PASSWORD)
                .get(OFFICE, "/api/campaigns/" + ldj.getCampaignId() + "/overdue").ok().path("overdue").path("rows");
        JsonNode deployment = null;
        for (JsonNode row : rows) {
            if (row.path("campaignUnitId").asLong() == ldj.getId() && row.path("what").asText().equals("工作部署")) {
                deployment = row;
            }
        }
        assertThat(deployment).as(rows.toString()).isNotNull();
        assertThat(deployment.path("lastReminder").asText()).isEqualTo("逾期报领导小组办公室 05-03 09:30");
        assertThat(deployment.path("lastSupervision").asText()).isEqualTo("约谈 05-03 09:30");
        assertThat(deployment.path("lastSupervisionNote").asText()).isEqualTo(OFFICE + "：已约谈单位负责人，承诺下周完成");
    }

    /**
     * The office's 督办 sets a new target date: the unit's phase is due then (table, audit trail, its
     * open task, the light), and with the phase still open the escalation starts again from it: the
     * head is told again on day 1 after the new date.
     */
    @Test
    void aNewTargetDateMovesTheDeadlineTheLightAndTheEscalation() throws Exception {
        people("esc4-dongzhi-staff", "unit-dongzhi", "esc4-dongzhi-head", "unit-dongzhi-head", OFFICE, "office");
        CampaignUnit dongzhi = launch("督办改期测试", "dongzhi");
        ProcessInstance unitPi = unitInstance(dongzhi);
        setClock(DAY_0);
        fireDueTimers(unitPi.getId());
        ProcessInstance escalation = escalationOf(dongzhi);
        setClock(DAY_1);
        fireDueTimers(escalation.getId());
        setClock(DAY_3);
        fireDueTimers(escalation.getId());
        HttpClientForTests http = new HttpClientForTests(port, PASSWORD);
        assertThat(light(http, dongzhi)).isEqualTo("RED OVERDUE");

        driver.submit(driver.one(escalation.getId(), TASK_SUPERVISE_OVERDUE), OFFICE,
                form("WRITTEN_NOTICE", "已发书面通知，限期完成", "2019-05-10"));

        Instant newDeadline = Instant.parse("2019-05-10T15:59:59Z"); // 23:59:59 +08
        assertThat(unitPhases.findByCampaignUnitIdAndPhase(dongzhi.getId(), Phase.DEPLOYMENT).orElseThrow()
                .getDeadline()).isEqualTo(newDeadline);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'UnitPhase' AND user_id = ?"
                + " AND campaign_unit_id = ? AND new_value LIKE '2019-05-10T23:59:59%'", Long.class, OFFICE,
                dongzhi.getId())).as("the move is in the trail").isEqualTo(1);
        assertThat(driver.one(unitPi.getId(), UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN).getDueDate().toInstant())
                .as("the open task is due at the new date").isEqualTo(newDeadline);
        assertThat(light(http, dongzhi)).as("no longer overdue: due a week from now").isEqualTo("GREEN ON_TRACK");
        JsonNode phase = http.get(OFFICE, "/api/campaign-units/" + dongzhi.getId()).ok().path("phases").get(0);
        assertThat(phase.path("statusLabel").asText()).isEqualTo("已延期（新期限 2019-05-10）");
        assertThat(escalation).hasPassed(GATEWAY_NEW_TARGET_DATE).isWaitingAt(TIMER_HEAD_DAY);
        assertThat(managementService.createJobQuery().processInstanceId(escalation.getId()).singleResult()
                .getDuedate().toInstant()).as("day 1 after the new date: Monday 09:00")
                .isEqualTo(Instant.parse("2019-05-13T01:00:00Z"));

        setClock(Instant.parse("2019-05-13T01:30:00Z"));
        assertThat(light(http, dongzhi)).isEqualTo("RED OVERDUE");
        fireDueTimers(escalation.getId());
        runSenderJob();
        List<MimeMessage> head = Smtp.to(mail("esc4-dongzhi-head"), "」已逾期");
        assertThat(head).as("told on the first day 1 and again after the new date").hasSize(2);
        assertThat(Smtp.text(head.get(1))).contains("截止时间为 2019-05-10 23:59", "已逾期 1 个工作日");
        assertThat(escalation).isWaitingAt(TIMER_OFFICE_DAY);
    }

    /** "LIGHT STATE" of the unit's deployment in the dashboard's matrix, as the office sees it. */
    private String light(HttpClientForTests http, CampaignUnit unit) {
        JsonNode rows = http.get(OFFICE, "/api/campaigns/" + unit.getCampaignId() + "/progress").ok().path("matrix")
                .path("rows");
        for (JsonNode row : rows) {
            if (row.path("campaignUnitId").asLong() == unit.getId()) {
                JsonNode cell = row.path("cells").get(0);
                return cell.path("light").asText() + " " + cell.path("state").asText();
            }
        }
        throw new AssertionError("no row for " + unit.getId() + " in " + rows);
    }

    @Test
    void thePhaseDoneAfterTheHeadWasToldEndsTheEscalationWithoutOfficeMailOrSupervision() throws Exception {
        people("esc2-gsbx-staff", "unit-gsbx", "esc2-gsbx-head", "unit-gsbx-head", OFFICE, "office");
        CampaignUnit gsbx = launch("逾期补办测试", "gsbx");
        ProcessInstance unitPi = unitInstance(gsbx);
        setClock(DAY_0);
        fireDueTimers(unitPi.getId());
        ProcessInstance escalation = escalationOf(gsbx);
        setClock(DAY_1);
        fireDueTimers(escalation.getId());
        assertThat(escalation).hasPassed(TASK_NOTIFY_UNIT_HEAD).isWaitingAt(TIMER_OFFICE_DAY);

        deploy(gsbx, "esc2-gsbx-staff", "esc2-gsbx-head");

        assertThat(escalation).hasPassed(BOUNDARY_PHASE_COMPLETED, END_PHASE_COMPLETED_LATE).isEnded();
        assertThat(escalation).hasNotPassed(TASK_NOTIFY_OFFICE);
        assertThat(unitPi).hasPassed(UnitCampaignProcess.END_DEPLOYMENT_ESCALATION)
                .isWaitingAt(UnitCampaignProcess.TASK_SELF_INSPECT_ITEM);
        setClock(DAY_3);
        assertThat(managementService.createJobQuery().processInstanceId(escalation.getId()).count()).isZero();
        runSenderJob();
        assertThat(Smtp.to(mail("esc2-gsbx-head"), "」已逾期")).hasSize(1);
        assertThat(Smtp.to(mail(OFFICE), "」已逾期")).isEmpty();
        assertThat(taskService.createTaskQuery().taskDefinitionKey(TASK_SUPERVISE_OVERDUE).processInstanceBusinessKey(
                gsbx.getId().toString()).count()).isZero();
    }

    @Test
    void thePhaseDoneBeforeDayOneSendsNoEscalationAtAll() {
        people("esc3-jjzj-staff", "unit-jjzj", "esc3-jjzj-head", "unit-jjzj-head");
        CampaignUnit jjzj = launch("逾期次日前补办", "jjzj");
        ProcessInstance unitPi = unitInstance(jjzj);
        setClock(DAY_0);
        fireDueTimers(unitPi.getId());
        ProcessInstance escalation = escalationOf(jjzj);
        deploy(jjzj, "esc3-jjzj-staff", "esc3-jjzj-head");
        assertThat(escalation).hasPassed(END_PHASE_COMPLETED_LATE).hasNotPassed(TASK_NOTIFY_UNIT_HEAD).isEnded();
        assertThat(escalationMails()).isZero();
    }

    private CampaignUnit launch(String name) {
        return launch(name, "ldj");
    }

    private CampaignUnit launch(String name, String code) {
        ProcessInstance campaignPi = start(request(name, 2019, code));
        driver.submit(campaignPi.getId(), CampaignProcess.TASK_DRAFT_WORK_PLAN, OFFICE, Map.of("planText", "工作方案"));
        driver.submit(campaignPi.getId(), CampaignProcess.TASK_APPROVE_WORK_PLAN, LEADER,
                Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意"));
        return unit(campaignOf(campaignPi), code);
    }

    private void deploy(CampaignUnit unit, String staff, String head) {
        String pi = unit.getProcessInstanceId();
        driver.submit(pi, UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN, staff,
                Map.of("acknowledged", true, "contactPerson", "联络员"));
        driver.submit(pi, UnitCampaignProcess.TASK_DRAFT_UNIT_PLAN, staff, Map.of(FormKeys.REPORT_TEXT, "本单位方案"));
        driver.submit(pi, UnitCampaignProcess.TASK_APPROVE_UNIT_PLAN, head,
                Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意"));
    }

    private ProcessInstance escalationOf(CampaignUnit unit) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(unit.getId().toString()).singleResult();
        assertThat(instance).as("escalation of " + unit.getUnit().getCode()).isNotNull();
        HistoricProcessInstance history = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult();
        assertThat(history.getSuperProcessInstanceId()).isEqualTo(unit.getProcessInstanceId());
        return instance;
    }

    private long escalationMails() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE kind LIKE 'ESCALATION%'", Long.class);
    }

    private static Map<String, Object> form(String method, String note, String newTargetDate) {
        Map<String, Object> values = new HashMap<>();
        values.put("superviseMethod", method);
        values.put("superviseNote", note);
        values.put("newTargetDate", newTargetDate);
        return values;
    }
}
