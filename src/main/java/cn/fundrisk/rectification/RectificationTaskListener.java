package cn.fundrisk.rectification;

import cn.fundrisk.process.TaskAssignmentRule;
import cn.fundrisk.process.TaskSubjects;
import cn.fundrisk.process.BusinessKeys;
import static cn.fundrisk.process.FormKeys.*;
import static cn.fundrisk.process.UnitCampaignProcess.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.evidence.Evidence;
import cn.fundrisk.process.Actors;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.Links;
import cn.fundrisk.process.TaskForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Rectification (问题整改), one problem at a time: the unit closes it (with its actual completion date)
 * or asks for coordination (the office then coordinates), the unit head verifies each closure, and the
 * office closes it off (销号) or returns it. The same tasks serve the campaign's rectification and the
 * long-term follow-up (unitFollowUpProcess).
 */
@Component
public class RectificationTaskListener implements TaskListener {

    public enum Outcome { RECTIFIED, NEEDS_COORDINATION }

    static final String OUTCOME = "outcome";
    static final String ACTION_TAKEN = "actionTaken";
    static final String COORDINATION_NOTE = "coordinationNote";
    static final String COMPLETED_ON = "completedOn";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Problems problems;
    private final CampaignUnits campaignUnits;
    private final Actors actors;

    private final TaskSubjects subjects;
    private final TaskAssignmentRule assignmentRule;

    public RectificationTaskListener(Problems problems, CampaignUnits campaignUnits, Actors actors,
            TaskSubjects subjects, TaskAssignmentRule assignmentRule) {
        this.subjects = subjects;
        this.assignmentRule = assignmentRule;
        this.problems = problems;
        this.campaignUnits = campaignUnits;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean create = EVENTNAME_CREATE.equals(task.getEventName());
        // the problem: the multi-instance element as the engine set it, bound to the task (and checked
        // against the instance's unit) at its creation; at completion the binding, never a variable
        // (no client can set it: EngineSurfaceAttacks.elementVariablesAreTheEngines)
        Problem problem = problems.findById(create ? ((Number) task.getVariable(VAR_PROBLEM_ID)).longValue()
                : subjects.subject(task, TaskSubjects.Kind.PROBLEM)).orElseThrow();
        CampaignUnit unit = campaignUnits.findById(BusinessKeys.campaignUnitId(task)).orElseThrow();
        if (create) {
            subjects.bind(task, TaskSubjects.Kind.PROBLEM, problem.getId(), problem.getCampaignUnitId());
            show(task, problem, unit);
            return;
        }
        subjects.release(task);
        String user = actors.of(task);
        switch (task.getTaskDefinitionKey()) {
            case TASK_RECTIFY_PROBLEM -> {
                Outcome outcome = TaskForm.choice(task, OUTCOME, Outcome.class, "整改情况");
                String action = TaskForm.requiredText(task, ACTION_TAKEN, TaskForm.MAX_SHORT_TEXT, "整改情况说明");
                if (outcome == Outcome.RECTIFIED) {
                    problem.close(action, completedOn(task), user, Clock.now());
                } else {
                    problem.askForCoordination(action, user, Clock.now());
                }
            }
            case TASK_COORDINATE_PROBLEM -> problem.coordinated(
                    TaskForm.requiredText(task, COORDINATION_NOTE, TaskForm.MAX_SHORT_TEXT, "协调结果及意见"));
            case TASK_VERIFY_RECTIFICATION -> {
                if (user.equals(problem.getClosedBy())) {
                    throw new InputRejectedException("不能验证本人完成的整改，请由单位负责人验证");
                }
                problem.verify(TaskForm.approved(task), TaskForm.comment(task), user, Clock.now());
            }
            case TASK_CLOSE_OFF_PROBLEM -> {
                if (user.equals(problem.getClosedBy()) || user.equals(problem.getVerifiedBy())) {
                    throw new InputRejectedException("不能为本人整改或验证的问题销号");
                }
                problem.closeOff(TaskForm.approved(task), TaskForm.comment(task), user, Clock.now());
            }
            default -> throw new IllegalStateException(task.getTaskDefinitionKey());
        }
    }

    /** 实际完成时间: required when the problem is rectified, not in the future. */
    private static LocalDate completedOn(DelegateTask task) {
        LocalDate date = TaskForm.date(task.getVariable(COMPLETED_ON), "实际完成时间");
        if (date == null) {
            throw new InputRejectedException("请填写实际完成时间");
        }
        if (date.isAfter(LocalDate.ofInstant(Clock.now(), Clock.ZONE))) {
            throw new InputRejectedException("实际完成时间（" + date + "）不能晚于今天");
        }
        return date;
    }

    private void show(DelegateTask task, Problem problem, CampaignUnit unit) {
        Map<String, Object> values = new HashMap<>();
        values.put("itemNo", problem.getItemNo());
        values.put("problemDescription", problem.getDescription());
        values.put("measure", problem.getMeasure());
        values.put("responsiblePerson", problem.getResponsiblePerson());
        values.put("cause", TaskForm.orEmpty(problem.getCause()));
        values.put("riskLevel", problem.getRiskLevel() == null ? "未定级" : problem.getRiskLevel().label());
        values.put("responsibleLeader", problem.getResponsibleLeader() == null ? "—" : problem.getResponsibleLeader());
        values.put("dueDate", DAY.format(problem.getDueAt().atZone(Clock.ZONE)));
        values.put(ACTION_TAKEN, problem.getActionTaken());
        values.put(COMPLETED_ON, problem.getCompletedOn() == null ? null : problem.getCompletedOn().toString());
        values.put(COORDINATION_NOTE, TaskForm.orEmpty(problem.getCoordinationNote()));
        values.put(UNIT_NAME, unit.getUnit().getName());
        values.put(REVIEW_COMMENT, TaskForm.orEmpty(problem.returnComment()));
        values.put(DETAIL_URL, Links.unit(unit.getId()));
        values.put(EVIDENCE_URL, Links.evidence(Evidence.OwnerType.PROBLEM, problem.getId()));
        String summary = "第" + problem.getItemNo() + "项问题：" + abridged(problem.getDescription());
        switch (task.getTaskDefinitionKey()) {
            case TASK_RECTIFY_PROBLEM -> {
                task.setName("整改" + summary);
                TaskForm.declare(task, OUTCOME, ACTION_TAKEN, COMPLETED_ON);
            }
            case TASK_COORDINATE_PROBLEM -> {
                task.setName("协调" + unit.getUnit().getName() + summary);
                values.put(COORDINATION_NOTE, null);
            }
            case TASK_CLOSE_OFF_PROBLEM -> {
                task.setName("核实销号：" + unit.getUnit().getName() + summary);
                values.put(REVIEW_SUBJECT, "核实销号：" + unit.getUnit().getName() + " 第" + problem.getItemNo() + "项问题");
                values.put(REVIEW_CONTENT, ProblemText.forCloseOff(problem));
                TaskForm.declare(task, TaskForm.DECISION, TaskForm.COMMENT);
            }
            default -> {
                task.setName("验证整改" + summary);
                values.put(REVIEW_SUBJECT, "验证整改：" + unit.getUnit().getName() + " 第" + problem.getItemNo() + "项");
                values.put(REVIEW_CONTENT, ProblemText.forVerification(problem));
                TaskForm.declare(task, TaskForm.DECISION, TaskForm.COMMENT);
                assignmentRule.exclude(task, java.util.List.of(TaskForm.orEmpty(problem.getClosedBy())));
            }
        }
        TaskForm.show(task, values);
    }

    private static String abridged(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
