package cn.fundrisk.checklist;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.fundrisk.identity.UnitKind;
import cn.fundrisk.process.InputRejectedException;

/**
 * The office's completion of a placeholder item (text lost in the source), checked: task text,
 * requirement, time limit, scope (实施范围), responsible units (责任单位) and the kinds of unit it applies
 * to. What the source kept of a placeholder (item 7 lost only its task text) stays as the source has it.
 */
public record Completion(String taskText, String requirement, ItemDeadline deadline, String scope,
        String responsibleText, Applicability applicability) {

    /** Names of the fields in catalogue_item.kept_from_source. */
    static final String REQUIREMENT = "requirement";
    static final String DEADLINE = "deadline";
    static final String SCOPE = "scope";
    static final String RESPONSIBLE = "responsible";
    static final String APPLICABILITY = "applicability";

    /** As the API and the page send it; appliesTo names unit kinds (AGENCY, INFO_CENTRE, COUNTY, BUREAU). */
    public record Request(String taskText, String requirement, String deadlineText, String scope,
            String responsibleText, List<String> appliesTo) {
    }

    /** Checks the request against the item: every lost field is required, every kept one stays. */
    static Completion checked(Request body, CatalogueItem item) {
        Request request = body == null ? new Request(null, null, null, null, null, null) : body;
        String task = required(request.taskText(), 2000, "任务内容");
        List<String> changed = new java.util.ArrayList<>();
        String requirement = item.keeps(REQUIREMENT) ? kept(request.requirement(), item.getRequirement(), "工作要求", changed)
                : required(request.requirement(), 2000, "工作要求");
        ItemDeadline deadline;
        if (item.keeps(DEADLINE)) {
            kept(request.deadlineText(), item.getDeadlineText(), "完成时限", changed);
            deadline = ItemDeadline.of(item);
        } else {
            deadline = ItemDeadline.parse(request.deadlineText());
        }
        String scope = item.keeps(SCOPE) ? kept(request.scope(), item.getScope(), "实施范围", changed)
                : required(request.scope(), 200, "实施范围");
        String responsible = item.keeps(RESPONSIBLE)
                ? kept(request.responsibleText(), item.getResponsibleText(), "责任单位", changed)
                : required(request.responsibleText(), 200, "责任单位");
        Applicability applicability = item.keeps(APPLICABILITY)
                ? keptApplicability(request.appliesTo(), item.getApplicability(), changed)
                : applicability(request.appliesTo());
        if (!changed.isEmpty()) {
            throw new InputRejectedException("第" + item.getItemNo() + "项的" + String.join("、", changed)
                    + "以原文为准，不能修改；只需补全原文缺失的任务内容");
        }
        return new Completion(task, requirement, deadline, scope, responsible, applicability);
    }

    private static String required(String value, int maxLength, String label) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InputRejectedException("请填写" + label);
        }
        if (text.length() > maxLength) {
            throw new InputRejectedException(label + "过长：最多 " + maxLength + " 个字符，当前 " + text.length() + " 个");
        }
        return text;
    }

    /** A field the source kept: left out or sent unchanged keeps it; anything else is noted as a change. */
    private static String kept(String sent, String current, String label, List<String> changed) {
        if (sent != null && !Objects.equals(sent.strip(), current == null ? "" : current)) {
            changed.add(label);
        }
        return current;
    }

    private static Applicability keptApplicability(List<String> sent, Applicability current, List<String> changed) {
        if (sent != null && !sent.isEmpty() && !kinds(sent).equals(new LinkedHashSet<>(current.kinds()))) {
            changed.add("适用单位");
        }
        return current.copy();
    }

    static Applicability applicability(List<String> names) {
        Set<UnitKind> kinds = kinds(names == null ? List.of() : names);
        if (kinds.isEmpty()) {
            throw new InputRejectedException("请选择适用单位（市本级经办机构、信息中心、县区人社局、市人社局，至少一类）");
        }
        return new Applicability(kinds.contains(UnitKind.AGENCY), kinds.contains(UnitKind.COUNTY),
                kinds.contains(UnitKind.INFO_CENTRE), kinds.contains(UnitKind.BUREAU));
    }

    private static Set<UnitKind> kinds(List<String> names) {
        Set<UnitKind> kinds = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            try {
                kinds.add(UnitKind.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw new InputRejectedException("适用单位无效：" + name.strip()
                        + "，应为 AGENCY（市本级经办机构）、INFO_CENTRE（信息中心）、COUNTY（县区人社局）、BUREAU（市人社局）");
            }
        }
        return kinds;
    }
}
