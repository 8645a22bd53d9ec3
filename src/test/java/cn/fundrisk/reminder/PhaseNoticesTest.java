package cn.fundrisk.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.process.CampaignProcess;
import cn.fundrisk.process.FormKeys;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.process.UnitCampaignProcess;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** Phase notices: the plan issued to the units' staff, a submission to the head, the head's return to the staff. */
class PhaseNoticesTest extends ReminderTestSupport {

    @Test
    void planIssuedSubmittedAndReturnedEachTellTheRightPeople() throws Exception {
        people("pn-gsbx-staff", "unit-gsbx", "pn-gsbx-head", "unit-gsbx-head");
        ProcessInstance campaignPi = start(request("通知测试", 2019, "gsbx"));
        driver.submit(campaignPi.getId(), CampaignProcess.TASK_DRAFT_WORK_PLAN, OFFICE, Map.of("planText", "方案"));
        driver.submit(campaignPi.getId(), CampaignProcess.TASK_APPROVE_WORK_PLAN, LEADER,
                Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意"));
        CampaignUnit gsbx = unit(campaignOf(campaignPi), "gsbx");
        String pi = gsbx.getProcessInstanceId();
        driver.submit(pi, UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN, "pn-gsbx-staff",
                Map.of("acknowledged", true, "contactPerson", "联络员"));
        driver.submit(pi, UnitCampaignProcess.TASK_DRAFT_UNIT_PLAN, "pn-gsbx-staff", Map.of(FormKeys.REPORT_TEXT, "方案"));
        driver.submit(pi, UnitCampaignProcess.TASK_APPROVE_UNIT_PLAN, "pn-gsbx-head",
                Map.of(TaskForm.DECISION, TaskForm.RETURN, TaskForm.COMMENT, "请补充时间节点"));
        runSenderJob();

        assertThat(Smtp.to(mail("pn-gsbx-staff"), "工作方案已印发：通知测试")).hasSize(1);
        assertThat(Smtp.text(Smtp.to("gsbx@fundrisk.example").get(0))).contains("《通知测试》工作方案已印发，请及时签收");
        assertThat(Smtp.to(mail("pn-gsbx-head"))).extracting(m -> m.getSubject())
                .containsExactly("【池州市人力资源和社会保障局】市工伤保险管理机构已提交本单位工作方案，请审核");
        assertThat(Smtp.text(Smtp.to(mail("pn-gsbx-staff"), "被退回修改").get(0)))
                .contains("市工伤保险管理机构的本单位工作方案被退回修改。请在任务列表中查看审核意见并修改。");
    }
}
