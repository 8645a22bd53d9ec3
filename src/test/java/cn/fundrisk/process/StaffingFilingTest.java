package cn.fundrisk.process;

import static cn.fundrisk.process.UnitCampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.campaign.UnitPhase;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.report.UnitReport;
import cn.fundrisk.report.UnitReports;
import cn.fundrisk.staffing.StaffingFiling;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Item 3's 备案: the unit files its staffing table (附件2) to the office, from the task or from the
 * staffing page; the office receives it or returns it with its reason.
 */
class StaffingFilingTest extends ProcessTestSupport {

    @Autowired UnitReports reports;
    @Autowired StaffingFiling filing;

    @Test
    void anEmptyTableCannotBeFiledAndTheOfficeReturnsOrReceivesTheFiling() {
        CampaignUnit guichi = selfInspected("备案", "guichi", List.of());
        ProcessInstance unitPi = unitInstance(guichi);
        Task file = driver.one(guichi.getProcessInstanceId(), TASK_FILE_STAFFING_TABLE);
        assertThat(file.getName()).isEqualTo("报送人员分工情况表备案：贵池区人力资源和社会保障局");
        assertThat(file.getDueDate().toInstant()).isEqualTo(java.time.Instant.parse("2019-06-30T15:59:59Z"));
        assertThatThrownBy(() -> driver.submit(file, staff("guichi"), Map.of("confirmFiling", true)))
                .isInstanceOf(InputRejectedException.class).hasMessage("人员分工、岗位职责情况表尚未填报，不能报送备案");
        scenario.fillStaffingTable(guichi);
        assertThatThrownBy(() -> driver.submit(file, staff("guichi"), Map.of()))
                .isInstanceOf(InputRejectedException.class).hasMessage("请勾选「确认按当前人员分工表报送备案」后再报送");
        driver.submit(file, staff("guichi"), Map.of("confirmFiling", true, "filingNote", "首次报送"));

        UnitReport filed = reports.once(guichi.getId(), UnitReport.Kind.STAFFING_FILING);
        assertThat(filed.getBody()).contains("| 1 | 张三 | 业务科 | 业务 | 参保登记 | 是 | 2 |", "**报送说明**：首次报送");
        Task receive = driver.one(guichi.getProcessInstanceId(), TASK_RECEIVE_STAFFING_FILING);
        assertThat(taskService.getIdentityLinksForTask(receive.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("office");
        assertThat((String) taskService.getVariable(receive.getId(), "reviewContent")).contains("张三");
        driver.submit(receive, OFFICE, Scenario.returned("缺少财务岗位人员"));

        Task again = driver.one(guichi.getProcessInstanceId(), TASK_FILE_STAFFING_TABLE);
        assertThat(taskService.getVariable(again.getId(), "reviewComment")).isEqualTo("缺少财务岗位人员");
        assertThat(filing.status(guichi.getId()).stateLabel()).isEqualTo("已退回，待重新报送");

        // the staffing page's 报送备案: the same task, completed as the unit's staff
        transaction.executeWithoutResult(status -> filing.fileFromPage(guichi.getId(),
                new CurrentUser(staff("guichi"), List.of("unit-guichi")), "已补充"));
        assertThat(driver.open(guichi.getProcessInstanceId(), TASK_FILE_STAFFING_TABLE)).isEmpty();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> filing.fileFromPage(guichi.getId(),
                new CurrentUser(staff("guichi"), List.of("unit-guichi")), null)))
                .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("当前没有待报送的备案");
        driver.submit(guichi.getProcessInstanceId(), TASK_RECEIVE_STAFFING_FILING, OFFICE, Scenario.approve());

        assertThat(unitPi).hasPassed(GATEWAY_STAFFING_FILING_RECEIVED, GATEWAY_RECTIFICATION_PARALLEL_JOIN);
        assertThat(timesPassed(unitPi, TASK_FILE_STAFFING_TABLE)).isEqualTo(2);
        UnitReport received = reports.once(guichi.getId(), UnitReport.Kind.STAFFING_FILING);
        assertThat(received.isReceived()).isTrue();
        assertThat(received.getSubmittedBy()).isEqualTo(staff("guichi"));
        assertThat(filing.status(guichi.getId()).stateLabel()).isEqualTo("已备案");
        assertThat(phase(guichi, Phase.RECTIFICATION).getStatus()).isEqualTo(UnitPhase.Status.DONE);
    }
}
