package cn.fundrisk.rectification;

import cn.fundrisk.process.TaskForm;

/** A problem as the review forms show it (markdown): what was found, why, what was done. */
final class ProblemText {

    private ProblemText() {
    }

    static String forVerification(Problem p) {
        return found(p) + "\n\n**整改情况**：" + TaskForm.orEmpty(p.getActionTaken())
                + "\n\n**实际完成时间**：" + (p.getCompletedOn() == null ? "—" : p.getCompletedOn().toString())
                + "\n\n**完成人**：" + TaskForm.orEmpty(p.getClosedBy());
    }

    /** 销号: the office sees the whole record, the head's verification included. */
    static String forCloseOff(Problem p) {
        return forVerification(p) + "\n\n**验证人**：" + TaskForm.orEmpty(p.getVerifiedBy())
                + (p.getVerifyComment() == null ? "" : "\n\n**验证意见**：" + p.getVerifyComment())
                + "\n\n选择「同意」即予销号；选择「退回修改」须写明理由，问题退回单位重新整改。";
    }

    private static String found(Problem p) {
        return "**问题**：" + p.getDescription()
                + "\n\n**原因分析**：" + (p.getCause() == null ? "（未填写）" : p.getCause())
                + "\n\n**风险等级**：" + (p.getRiskLevel() == null ? "未定级" : p.getRiskLevel().label())
                + "　**责任人**：" + p.getResponsiblePerson()
                + "　**责任领导**：" + (p.getResponsibleLeader() == null ? "—" : p.getResponsibleLeader())
                + "\n\n**整改措施**：" + p.getMeasure();
    }
}
