package cn.fundrisk.checklist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.JsonFormValues;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.rectification.Problem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Reads the problems a unit records on an item (description, cause analysis, risk level, measure,
 * person and leader responsible, planned date). A problem is due by its item's deadline (the rectification deadline for long-term items),
 * or earlier when the unit plans an earlier date.
 */
@Component
public class ProblemEntries {

    static final int MAX_PROBLEMS = 50;

    private final Campaigns campaigns;

    public ProblemEntries(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    public List<Problem> read(DelegateTask task, CampaignUnit unit, CampaignItem item, ItemAssessment assessment) {
        List<Map<String, Object>> entries = JsonFormValues.list(task, SelfInspectionTaskListener.PROBLEMS, "发现的问题");
        if (entries.isEmpty()) {
            throw new InputRejectedException("自查结果为「存在问题」时，请至少填写一个问题及其整改措施");
        }
        if (entries.size() > MAX_PROBLEMS) {
            throw new InputRejectedException("一个事项最多登记 " + MAX_PROBLEMS + " 个问题");
        }
        Instant itemDue = item.getDueAt() != null ? item.getDueAt()
                : campaigns.findById(unit.getCampaignId()).orElseThrow().getSchedule().deadline(Phase.RECTIFICATION);
        List<Problem> problems = new ArrayList<>();
        int n = 0;
        for (Map<String, Object> entry : entries) {
            n++;
            String prefix = "第" + n + "个问题的";
            String description = required(entry, "description", prefix + "问题描述", TaskForm.MAX_SHORT_TEXT);
            String cause = required(entry, "cause", prefix + "原因分析", TaskForm.MAX_SHORT_TEXT);
            Problem.RiskLevel risk = riskLevel(entry.get("riskLevel"), prefix + "风险等级");
            String measure = required(entry, "measure", prefix + "整改措施", TaskForm.MAX_SHORT_TEXT);
            String person = required(entry, "responsiblePerson", prefix + "责任人", 100);
            String leader = optional(entry, "responsibleLeader", prefix + "责任领导", 100);
            LocalDate planned = TaskForm.date(entry.get("plannedDate"), prefix + "计划完成日期");
            if (planned != null && planned.isBefore(LocalDate.ofInstant(Clock.now(), Clock.ZONE))) {
                throw new InputRejectedException(prefix + "计划完成日期（" + planned + "）已经过去，请填写今天或以后的日期");
            }
            Instant due = itemDue;
            if (planned != null) {
                Instant plannedEnd = planned.atTime(LocalTime.of(23, 59, 59)).atZone(Clock.ZONE).toInstant();
                if (plannedEnd.isBefore(due)) {
                    due = plannedEnd;
                }
            }
            problems.add(new Problem(assessment.getId(), unit.getId(), item.getItemNo(), description, measure,
                    person, planned, due).analysed(cause, risk, leader));
        }
        return problems;
    }

    private static Problem.RiskLevel riskLevel(Object value, String label) {
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            throw new InputRejectedException("请选择" + label + "（高、中、低）");
        }
        for (Problem.RiskLevel level : Problem.RiskLevel.values()) {
            if (level.name().equals(text) || level.label().equals(text)) {
                return level;
            }
        }
        throw new InputRejectedException(label + "的取值无效：" + (text.length() > 20 ? text.substring(0, 20) + "…" : text)
                + "（应为 高、中 或 低）");
    }

    private static String optional(Map<String, Object> entry, String key, String label, int max) {
        Object value = entry.get(key);
        String text = value == null ? "" : value.toString().strip();
        if (text.length() > max) {
            throw new InputRejectedException(label + "过长：最多 " + max + " 个字符");
        }
        return text.isEmpty() ? null : text;
    }

    private static String required(Map<String, Object> entry, String key, String label, int max) {
        Object value = entry.get(key);
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            throw new InputRejectedException("请填写" + label);
        }
        if (text.length() > max) {
            throw new InputRejectedException(label + "过长：最多 " + max + " 个字符");
        }
        return text;
    }
}
