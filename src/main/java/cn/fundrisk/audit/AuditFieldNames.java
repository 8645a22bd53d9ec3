package cn.fundrisk.audit;

import java.util.Map;

/**
 * The Chinese names of the columns the audit trail records (status → 状态), for the page and the
 * export's labelled columns; the column names themselves stay in the export's raw columns.
 */
final class AuditFieldNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("status", "状态"), Map.entry("result", "自查结果"), Map.entry("note", "说明"),
            Map.entry("kind", "类型"), Map.entry("period", "期间"), Map.entry("body", "正文"),
            Map.entry("name", "名称"), Map.entry("code", "代码"), Map.entry("active", "启用"),
            Map.entry("phase", "阶段"), Map.entry("deadline", "截止时间"), Map.entry("method", "督办方式"),
            Map.entry("message", "留言"), Map.entry("recipients", "收件人数"),
            Map.entry("campaign_id", "专项工作编号"), Map.entry("campaign_unit_id", "参与单位编号"),
            Map.entry("unit_id", "单位编号"), Map.entry("assessment_id", "自查事项编号"),
            Map.entry("score_sheet_id", "评分表编号"), Map.entry("item_no", "事项序号"),
            Map.entry("category_no", "类别序号"), Map.entry("process_instance_id", "流程实例"),
            Map.entry("started_at", "开始时间"), Map.entry("completed_at", "完成时间"),
            Map.entry("completed_by", "完成人"), Map.entry("overdue_at", "逾期时间"),
            Map.entry("finished_at", "结束时间"), Map.entry("created_at", "创建时间"),
            Map.entry("created_by", "创建人"), Map.entry("updated_at", "修改时间"), Map.entry("updated_by", "修改人"),
            Map.entry("submitted_at", "提交时间"), Map.entry("submitted_by", "提交人"),
            Map.entry("reviewed_at", "审核时间"), Map.entry("reviewed_by", "审核人"),
            Map.entry("review_comment", "审核意见"), Map.entry("acknowledged_at", "签收时间"),
            Map.entry("acknowledged_by", "签收人"), Map.entry("contact_person", "联系人"),
            Map.entry("contact_phone", "联系电话"), Map.entry("contact_email", "联系邮箱"),
            Map.entry("self_score", "自评分"), Map.entry("self_score_total", "自评总分"),
            Map.entry("final_score", "考核得分"), Map.entry("score", "得分"), Map.entry("score_rate", "得分率"),
            Map.entry("ranking", "排名"), Map.entry("total", "总分"), Map.entry("locked", "已锁定"),
            Map.entry("applicable_points", "应得分值"), Map.entry("deduction_reason", "扣分原因"),
            Map.entry("scored_at", "评分时间"), Map.entry("scored_by", "评分人"),
            Map.entry("description", "问题描述"), Map.entry("measure", "整改措施"),
            Map.entry("responsible_person", "责任人"), Map.entry("planned_date", "计划完成日期"),
            Map.entry("due_at", "整改时限"), Map.entry("action_taken", "整改情况"),
            Map.entry("closed_at", "整改完成时间"), Map.entry("closed_by", "整改人"),
            Map.entry("coordination_note", "协调意见"), Map.entry("verified_at", "验证时间"),
            Map.entry("verified_by", "验证人"), Map.entry("verify_comment", "验证意见"),
            Map.entry("work_plan", "工作方案"), Map.entry("work_plan_status", "工作方案状态"),
            Map.entry("work_plan_comment", "工作方案审批意见"), Map.entry("work_plan_drafted_by", "工作方案起草人"),
            Map.entry("work_plan_issued_at", "工作方案印发时间"), Map.entry("work_plan_overdue_at", "工作方案逾期时间"),
            Map.entry("results_status", "考核结果状态"), Map.entry("results_note", "考核结果说明"),
            Map.entry("results_comment", "考核结果审批意见"), Map.entry("results_overdue_at", "考核结果逾期时间"),
            Map.entry("campaign_year", "年度"), Map.entry("monthly_audit_interval", "月报周期"),
            Map.entry("deployment_deadline", "工作部署截止时间"),
            Map.entry("self_inspection_deadline", "问题排查截止时间"),
            Map.entry("rectification_deadline", "问题整改截止时间"), Map.entry("summary_deadline", "汇总上报截止时间"),
            Map.entry("county_inspection_deadline", "县区检查截止时间"),
            Map.entry("evaluation_deadline", "检查评估截止时间"), Map.entry("task_text", "任务内容"),
            Map.entry("requirement", "工作要求"), Map.entry("deadline_text", "完成时限"),
            Map.entry("deadline_kind", "时限类型"), Map.entry("deadline_month", "时限月份"),
            Map.entry("points", "分值"), Map.entry("scope", "实施范围"), Map.entry("responsible_text", "责任单位"),
            Map.entry("placeholder", "原文缺失"), Map.entry("source_note", "原文说明"),
            Map.entry("category_name", "类别名称"), Map.entry("default_participant", "默认参加"),
            Map.entry("sort_order", "排序"), Map.entry("file_name", "文件名"), Map.entry("content_type", "文件类型"),
            Map.entry("size_bytes", "文件大小（字节）"), Map.entry("sha256", "校验值"),
            Map.entry("owner_type", "所属类型"), Map.entry("owner_id", "所属编号"),
            Map.entry("uploaded_at", "上传时间"), Map.entry("uploaded_by", "上传人"),
            Map.entry("nudged_at", "催办时间"), Map.entry("nudged_by", "催办人"),
            Map.entry("supervised_at", "督办时间"), Map.entry("supervised_by", "督办人"),
            Map.entry("new_target_date", "新目标日期"), Map.entry("user_id", "用户"),
            Map.entry("opted_out_at", "退订时间"), Map.entry("positions", "岗位"), Map.entry("duties", "职责"),
            Map.entry("formal", "在编"), Map.entry("years_in_position", "任职年限"));

    private AuditFieldNames() {
    }

    /** The column's Chinese name, or null when it has none. */
    static String of(String column) {
        return column == null ? null : NAMES.get(column);
    }
}
