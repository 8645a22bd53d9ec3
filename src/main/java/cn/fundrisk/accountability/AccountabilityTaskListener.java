package cn.fundrisk.accountability;

import static cn.fundrisk.process.FormKeys.DETAIL_URL;
import static cn.fundrisk.process.FormKeys.UNIT_NAME;
import static cn.fundrisk.process.UnitCampaignProcess.TASK_DECIDE_ACCOUNTABILITY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.process.Actors;
import cn.fundrisk.process.BusinessKeys;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.JsonFormValues;
import cn.fundrisk.process.Links;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.rectification.Problems;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_DecideAccountability (问责研判): after a unit's evaluation the office either concludes that no
 * accountability is called for, or records a decision on the unit or one of its problems. Further
 * decisions, and those taken at any time for a serious problem, are recorded on the unit page. The
 * unit is the process instance's business key.
 */
@Component("accountabilityTaskListener")
public class AccountabilityTaskListener implements TaskListener {

    public enum Conclusion { NONE, DECIDE }

    static final String CONCLUSION = "conclusion";
    static final String TARGET = "target";
    static final String METHOD = "method";
    static final String BASIS = "basis";
    static final String DECIDED_ON = "decidedOn";
    static final String DECIDED_BY = "decidedBy";
    static final String NOTE = "note";
    static final String TARGET_OPTIONS = "targetOptions";
    static final String UNIT_FACTS = "unitFacts";

    private final CampaignUnits campaignUnits;
    private final Problems problems;
    private final AccountabilityRecords records;
    private final AccountabilityFacts facts;
    private final Actors actors;

    public AccountabilityTaskListener(CampaignUnits campaignUnits, Problems problems, AccountabilityRecords records,
            AccountabilityFacts facts, Actors actors) {
        this.campaignUnits = campaignUnits;
        this.problems = problems;
        this.records = records;
        this.facts = facts;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!TASK_DECIDE_ACCOUNTABILITY.equals(task.getTaskDefinitionKey())) {
            throw new IllegalStateException("accountabilityTaskListener is not meant for " + task.getTaskDefinitionKey());
        }
        CampaignUnit unit = campaignUnits.findById(BusinessKeys.campaignUnitId(task))
                .orElseThrow();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            show(task, unit);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            complete(task, unit);
        }
    }

    private void show(DelegateTask task, CampaignUnit unit) {
        Map<String, Object> values = new HashMap<>();
        values.put(UNIT_NAME, unit.getUnit().getName());
        values.put(UNIT_FACTS, facts.markdown(unit));
        values.put(DETAIL_URL, Links.unit(unit.getId()));
        TaskForm.show(task, values);
        task.setVariableLocal(TARGET_OPTIONS, JsonFormValues.json(targetOptions(unit)));
        TaskForm.declare(task, CONCLUSION, TARGET, METHOD, BASIS, DECIDED_ON, DECIDED_BY, NOTE);
        task.setName("问责研判：" + unit.getUnit().getName());
    }

    /** 对象: the unit, or one of its problems (label: item and the problem's beginning). */
    private List<Map<String, Object>> targetOptions(CampaignUnit unit) {
        List<Map<String, Object>> options = new ArrayList<>();
        options.add(option("本单位（" + unit.getUnit().getName() + "）", AccountabilityRecords.UNIT_TARGET));
        for (Problem p : problems.findByCampaignUnitIdOrderByItemNoAscIdAsc(unit.getId())) {
            String text = p.getDescription().length() <= 24 ? p.getDescription() : p.getDescription().substring(0, 24) + "…";
            options.add(option("第" + p.getItemNo() + "项问题：" + text + "（" + p.getStatus().label() + "）",
                    p.getId().toString()));
        }
        return options;
    }

    private static Map<String, Object> option(String label, String value) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("label", label);
        option.put("value", value);
        return option;
    }

    private void complete(DelegateTask task, CampaignUnit unit) {
        Conclusion conclusion = TaskForm.choice(task, CONCLUSION, Conclusion.class, "研判结论");
        String note = TaskForm.text(task, NOTE, AccountabilityRecords.MAX_NOTE, "研判说明");
        String user = actors.of(task);
        String summary;
        if (conclusion == Conclusion.DECIDE) {
            List<Accountability> saved = records.record(unit, List.of(new AccountabilityInput(text(task, TARGET),
                    text(task, METHOD), text(task, BASIS), text(task, DECIDED_ON), text(task, DECIDED_BY), note)),
                    Accountability.Occasion.EVALUATION, user);
            summary = "作出问责决定：" + saved.get(0).getMethod().label();
        } else {
            if (text(task, METHOD) != null || text(task, BASIS) != null) {
                throw new InputRejectedException("研判结论为「不予问责」时不应填写问责方式和依据；如需问责，请选择「作出问责决定」");
            }
            summary = "不予问责" + (note == null ? "" : "：" + note);
        }
        unit.accountabilityReviewed(user, Clock.now(), summary);
        campaignUnits.save(unit);
    }

    private static String text(DelegateTask task, String key) {
        Object value = task.getVariable(key);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
