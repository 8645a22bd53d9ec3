package cn.fundrisk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.checklist.ItemAssessment;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.report.UnitReport;
import org.junit.jupiter.api.Test;

/** Submitted and approved records are locked: only the reviewer's return opens them again. */
class RecordLocksTest {

    static final String LOCKED = "该记录已审核通过并锁定，如需修改须由审核人退回";
    static final Instant NOW = Instant.parse("2019-05-10T02:00:00Z");
    static final LocalDate DAY = LocalDate.parse("2019-05-09");

    @Test
    void anApprovedItemAssessmentRefusesANewSubmissionUntilReturned() {
        ItemAssessment assessment = new ItemAssessment(1L, 3);
        assessment.submit(ItemAssessment.Result.COMPLIANT, "符合", "ldj-staff", NOW);
        assessment.approve();

        assertThatThrownBy(() -> assessment.submit(ItemAssessment.Result.PROBLEM, "改为存在问题", "ldj-staff", NOW))
                .isInstanceOf(InputRejectedException.class).hasMessage(LOCKED);
        assertThat(assessment.getResult()).isEqualTo(ItemAssessment.Result.COMPLIANT);
        assertThat(assessment.getNote()).isEqualTo("符合");

        assessment.returnWith("请补充说明");
        assessment.submit(ItemAssessment.Result.PROBLEM, "补充后的说明", "ldj-staff", NOW);
        assertThat(assessment.getStatus()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(assessment.getNote()).isEqualTo("补充后的说明");
    }

    @Test
    void anApprovedReportRefusesRewritingAndASecondReview() {
        UnitReport report = new UnitReport(1L, UnitReport.Kind.SUMMARY, UnitReport.ONCE);
        report.submit("总结报告正文", "ldj-staff", NOW);
        report.review(false, "请补充第13项", "ldj-head", NOW);
        report.submit("修改后的总结报告", "ldj-staff", NOW);
        report.review(true, "同意", "ldj-head", NOW);

        assertThatThrownBy(() -> report.submit("再次修改", "ldj-staff", NOW))
                .isInstanceOf(InputRejectedException.class).hasMessage(LOCKED);
        assertThatThrownBy(() -> report.review(false, "退回", "ldj-head", NOW))
                .isInstanceOf(InputRejectedException.class).hasMessage(LOCKED);
        assertThat(report.getBody()).isEqualTo("修改后的总结报告");
        assertThat(report.getStatus()).isEqualTo(ReviewStatus.APPROVED);
    }

    @Test
    void aVerifiedProblemCannotBeClosedAgainOrSentForCoordination() {
        Problem problem = new Problem(1L, 1L, 14, "票据与印章由同一人保管", "分设保管岗", "张三", null, NOW);
        problem.close("已分设", DAY, "ldj-staff", NOW);
        problem.verify(false, "请提供制度文件", "ldj-head", NOW);
        problem.close("已分设并印发制度", DAY, "ldj-staff", NOW);
        problem.verify(true, "同意", "ldj-head", NOW);

        assertThatThrownBy(() -> problem.close("再改", DAY, "ldj-staff", NOW))
                .isInstanceOf(InputRejectedException.class).hasMessage(LOCKED);
        assertThatThrownBy(() -> problem.askForCoordination("需要协调", "ldj-staff", NOW))
                .isInstanceOf(InputRejectedException.class).hasMessage(LOCKED);
        assertThat(problem.getStatus()).isEqualTo(Problem.Status.VERIFIED);
        assertThat(problem.getActionTaken()).isEqualTo("已分设并印发制度");
    }

    @Test
    void theOfficeReturnsAVerifiedProblemOrClosesItOffForGood() {
        Problem problem = new Problem(1L, 1L, 14, "票据与印章由同一人保管", "分设保管岗", "张三", null, NOW);
        problem.close("已分设", DAY, "ldj-staff", NOW);
        assertThatThrownBy(() -> problem.closeOff(true, null, "office", NOW))
                .isInstanceOf(InputRejectedException.class).hasMessage("该问题尚未经单位负责人验证，不能销号");
        problem.verify(true, "同意", "ldj-head", NOW);
        problem.closeOff(false, "未见制度文件", "office", NOW);
        assertThat(problem.getStatus()).isEqualTo(Problem.Status.RETURNED);
        assertThat(problem.returnComment()).isEqualTo("领导小组办公室退回（未予销号）：未见制度文件");
        assertThat(problem.getClosedOffBy()).isNull();

        problem.close("已分设并印发制度", DAY, "ldj-staff", NOW);
        problem.verify(true, "同意", "ldj-head", NOW);
        problem.closeOff(true, "同意销号", "office", NOW);
        assertThat(problem.getStatus()).isEqualTo(Problem.Status.CLOSED_OFF);
        assertThat(problem.getClosedOffBy()).isEqualTo("office");
        assertThatThrownBy(() -> problem.closeOff(false, "再退回", "office", NOW))
                .isInstanceOf(InputRejectedException.class).hasMessage(LOCKED);
        assertThatThrownBy(() -> problem.close("再改", DAY, "ldj-staff", NOW))
                .isInstanceOf(InputRejectedException.class).hasMessage(LOCKED);
        assertThatThrownBy(() -> problem.verify(false, "再验", "ldj-head", NOW))
                .isInstanceOf(InputRejectedException.class).hasMessage(LOCKED);
    }

    @Test
    void aReportTheOfficeAcceptedIsLockedAndOneItReturnedOpensAgain() {
        UnitReport report = new UnitReport(1L, UnitReport.Kind.SUMMARY, UnitReport.ONCE);
        report.submit("总结报告", "ldj-staff", NOW);
        report.review(true, "同意", "ldj-head", NOW);
        assertThatThrownBy(() -> report.receive(true, null, "ldj-head", NOW))
                .isInstanceOf(InputRejectedException.class).hasMessage("不能签收本人提交或审核的总结报告");
        report.receive(false, "请补充第19项说明", "office", NOW);
        assertThat(report.getStatus()).isEqualTo(ReviewStatus.RETURNED);
        assertThat(report.getReviewComment()).isEqualTo("领导小组办公室退回：请补充第19项说明");
        report.submit("修改后的总结报告", "ldj-staff", NOW);
        assertThat(report.getReceipt()).isNull();
        report.review(true, "同意", "ldj-head", NOW);
        report.receive(true, null, "office", NOW);
        assertThat(report.isReceived()).isTrue();
        assertThatThrownBy(() -> report.receive(false, "退回", "office", NOW))
                .isInstanceOf(InputRejectedException.class).hasMessage(LOCKED);
        assertThatThrownBy(() -> report.submit("再改", "ldj-staff", NOW))
                .isInstanceOf(InputRejectedException.class).hasMessage(LOCKED);
    }

    @Test
    void anApprovedWorkPlanIsNotRedrafted() {
        Campaign campaign = new Campaign("专项工作", 2019, null, "P1M", "office", NOW);
        campaign.submitWorkPlan("初稿");
        campaign.reviewWorkPlan(false, "请修改");
        campaign.submitWorkPlan("修改稿");
        campaign.reviewWorkPlan(true, "同意");

        assertThatThrownBy(() -> campaign.submitWorkPlan("再改")).isInstanceOf(InputRejectedException.class)
                .hasMessage(LOCKED);
        assertThat(campaign.getWorkPlan()).isEqualTo("修改稿");
    }
}
