package cn.fundrisk.accountability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.rectification.Problems;
import org.springframework.stereotype.Component;

/**
 * Checks and records 问责 decisions: every entry is checked before any is saved (one bad entry,
 * nothing recorded); a decision on a problem must name one of the unit's own problems.
 */
@Component
public class AccountabilityRecords {

    static final String UNIT_TARGET = "UNIT";
    static final int MAX_BASIS = 2000;
    static final int MAX_DECIDED_BY = 100;
    static final int MAX_NOTE = 2000;
    static final int MAX_ENTRIES = 50;

    private final Accountabilities decisions;
    private final Problems problems;

    public AccountabilityRecords(Accountabilities decisions, Problems problems) {
        this.decisions = decisions;
        this.problems = problems;
    }

    public List<Accountability> record(CampaignUnit unit, List<AccountabilityInput> entries,
            Accountability.Occasion occasion, String user) {
        if (entries.size() > MAX_ENTRIES) {
            throw new InputRejectedException("一次最多记录 " + MAX_ENTRIES + " 条问责决定");
        }
        Map<Long, Problem> own = problems.findByCampaignUnitIdOrderByItemNoAscIdAsc(unit.getId()).stream()
                .collect(Collectors.toMap(Problem::getId, Function.identity()));
        List<Accountability> checked = new ArrayList<>();
        int n = 0;
        for (AccountabilityInput entry : entries) {
            String prefix = entries.size() > 1 ? "第" + ++n + "条问责决定的" : "问责决定的";
            checked.add(new Accountability(unit.getId(), target(entry.target(), own, prefix),
                    method(entry.method(), prefix), required(entry.basis(), prefix + "依据", MAX_BASIS),
                    decidedOn(entry.decidedOn(), prefix), required(entry.decidedBy(), prefix + "决定人（机关）", MAX_DECIDED_BY),
                    optional(entry.note(), prefix + "说明", MAX_NOTE), occasion, user, Clock.now()));
        }
        return checked.stream().map(decisions::save).toList();
    }

    private static Long target(String text, Map<Long, Problem> own, String prefix) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || UNIT_TARGET.equalsIgnoreCase(value)) {
            return null;
        }
        try {
            Long id = Long.valueOf(value);
            if (own.containsKey(id)) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InputRejectedException(prefix + "对象无效：须为本单位或本单位的某个问题");
    }

    private static Accountability.Method method(String text, String prefix) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new InputRejectedException("请选择" + prefix + "方式（约谈、通报批评、责令整改等）");
        }
        for (Accountability.Method method : Accountability.Method.values()) {
            if (method.name().equals(value) || method.label().equals(value)) {
                return method;
            }
        }
        throw new InputRejectedException(prefix + "方式无效：" + (value.length() > 20 ? value.substring(0, 20) + "…" : value));
    }

    private static LocalDate decidedOn(String text, String prefix) {
        LocalDate date = TaskForm.date(text, prefix + "决定日期");
        if (date == null) {
            throw new InputRejectedException("请填写" + prefix + "决定日期");
        }
        if (date.isAfter(LocalDate.ofInstant(Clock.now(), Clock.ZONE))) {
            throw new InputRejectedException(prefix + "决定日期（" + date + "）不能晚于今天");
        }
        return date;
    }

    private static String required(String text, String label, int max) {
        String value = optional(text, label, max);
        if (value == null) {
            throw new InputRejectedException("请填写" + label);
        }
        return value;
    }

    private static String optional(String text, String label, int max) {
        String value = text == null ? "" : text.strip();
        if (value.length() > max) {
            throw new InputRejectedException(label + "过长：最多 " + max + " 个字符，当前 " + value.length() + " 个");
        }
        return value.isEmpty() ? null : value;
    }
}
