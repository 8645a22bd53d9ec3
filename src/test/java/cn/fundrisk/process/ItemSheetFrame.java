package cn.fundrisk.process;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The frame of forms/write-summary-report.form and forms/score-unit.form, built from the structure of
 * the catalogue (which item numbers each category holds): a group per category, a row per item with
 * its number field, every text, point and condition read from the task's sheet variable
 * (checklist/ItemSheetForm). ItemSheetCatalogueTest compares the forms in forms/ with it; run that test
 * with -Dfundrisk.write-forms=true to write them anew.
 */
final class ItemSheetFrame {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SUMMARY_INTRO = "请对照考核表逐项自评（0 至该项分值），并撰写总结报告。小计、合计随输入更新；标为“不计分”的事项不自评、不计入合计。";
    static final String RECTIFICATION_STATUS = "**整改情况（随总结报告报送，以报送时为准；问题整改截止前报送须全部问题已销号）**\n\n{{rectificationStatus}}";
    static final String SCORE_INTRO = "按类别逐项评分（0 至该项分值）；扣分的事项须填写扣分原因。小计、合计随输入更新；标为“不计分”的事项不评分、不计入合计。";

    private ItemSheetFrame() {
    }

    /** forms/write-summary-report.form for the categories (category number to its item numbers, in order). */
    static ObjectNode summaryForm(Map<Integer, List<Integer>> categories) {
        ArrayNode components = JSON.createArrayNode();
        components.add(hidden(text("Text_rectificationStatus", RECTIFICATION_STATUS),
                "=rectificationStatus = null or rectificationStatus = \"\""));
        components.add(text("Text_intro", SUMMARY_INTRO));
        frameHead(components);
        ObjectNode report = components.addObject().put("type", "textarea").put("id", "Field_reportText")
                .put("key", "reportText").put("label", "总结报告");
        report.putObject("validate").put("required", true).put("maxLength", 20000);
        components.add(text("Text_scoresHeading", "### 考核表自评"));
        sheet(components, categories, "selfScore", false);
        return form("write-summary-report", components);
    }

    /** forms/score-unit.form for the categories. */
    static ObjectNode scoreForm(Map<Integer, List<Integer>> categories) {
        ArrayNode components = JSON.createArrayNode();
        components.add(text("Text_heading", "### {{unitName}} 考核评分"));
        components.add(text("Text_intro", SCORE_INTRO));
        frameHead(components);
        sheet(components, categories, "score", true);
        return form("score-unit", components);
    }

    private static void frameHead(ArrayNode components) {
        components.add(hidden(text("Text_reviewComment", "**退回意见：**\n\n{{reviewComment}}"),
                "=reviewComment = null or reviewComment = \"\""));
        components.add(layout(hidden(text("Text_evidenceLink", "[上传/查看佐证材料]({{evidenceUrl}})"),
                "=evidenceUrl = null or evidenceUrl = \"\""), "Row_links", 8));
        components.add(layout(hidden(text("Text_detailLink", "[查看本单位详情]({{detailUrl}})"),
                "=detailUrl = null or detailUrl = \"\""), "Row_links", 8));
    }

    private static void sheet(ArrayNode components, Map<Integer, List<Integer>> categories, String key, boolean scoring) {
        List<Integer> all = categories.values().stream().flatMap(List::stream).toList();
        String total = "**合计：{{" + sum(all, key) + "}} / {{sheet.maxTotal}} 分**（已" + (scoring ? "评" : "自评") + " {{"
                + "sum([" + all.stream().map(n -> "if sheet.i" + n + ".scored and " + key + n + " != null then 1 else 0")
                        .collect(Collectors.joining(", ")) + "])}} / {{sheet.scoredCount}} 项）";
        components.add(text("Text_totalTop", total));
        categories.forEach((c, items) -> {
            ObjectNode group = components.addObject().put("type", "group").put("id", "Field_category" + c + "Group")
                    .put("label", "").put("showOutline", true);
            ArrayNode inner = group.putArray("components");
            String sheetC = "sheet.c" + c;
            inner.add(text("Text_category" + c + "Heading", "#### {{" + sheetC + ".heading}}{{#if " + sheetC
                    + ".points > 0}}　小计 {{" + sum(items, key) + "}} / {{" + sheetC + ".points}} 分{{/if}}{{#if " + sheetC
                    + ".points = 0}}　不计分{{/if}}"));
            for (int n : items) {
                item(inner, n, key, scoring);
            }
            group.putObject("conditional").put("hide", "=not(" + sheetC + ".shown)");
        });
        components.add(text("Text_total", total));
    }

    private static void item(ArrayNode inner, int n, String key, boolean scoring) {
        String i = "sheet.i" + n;
        String row = "Row_item" + n;
        inner.add(layout(hidden(text("Text_item" + n, "**" + n + ".** {{" + i + ".title}}（{{" + i + ".points}}分）"),
                "=not(" + i + ".shown)"), row, 10));
        ObjectNode number = JSON.createObjectNode().put("type", "number").put("id", "Field_" + key + n)
                .put("key", key + n).put("decimalDigits", 1);
        number.putObject("validate").put("min", 0).put("max", "=" + i + ".points");
        inner.add(layout(hidden(number, "=not(" + i + ".scored)"), row, 3));
        if (scoring) {
            inner.add(layout(hidden(text("Text_selfScore" + n, "自评：{{if " + i + ".selfScore = null then \"—\" else " + i
                    + ".selfScore}}"), "=not(" + i + ".scored)"), row, 3));
        }
        inner.add(layout(hidden(text("Text_notScored" + n, "**不计分**：{{" + i + ".notScoredReason}}"),
                "=not(" + i + ".shown) or " + i + ".scored"), row, 6));
        if (scoring) {
            ObjectNode reason = JSON.createObjectNode().put("type", "textfield").put("id", "Field_reason" + n)
                    .put("key", "reason" + n).put("label", "扣分原因");
            reason.putObject("validate").put("required", true).put("maxLength", 2000);
            inner.add(hidden(reason, "=not(" + i + ".scored) or score" + n + " = null or score" + n + " >= " + i + ".points"));
        }
    }

    /** The running sum of the scored items' values, FEEL: an empty field counts 0. */
    private static String sum(List<Integer> items, String key) {
        return "decimal(sum([" + items.stream().map(n -> "if sheet.i" + n + ".scored and " + key + n + " != null then "
                + key + n + " else 0").collect(Collectors.joining(", ")) + "]), 1)";
    }

    private static ObjectNode text(String id, String text) {
        return JSON.createObjectNode().put("type", "text").put("id", id).put("text", text);
    }

    private static ObjectNode hidden(ObjectNode component, String condition) {
        component.putObject("conditional").put("hide", condition);
        return component;
    }

    private static ObjectNode layout(ObjectNode component, String row, int columns) {
        component.putObject("layout").put("row", row).put("columns", columns);
        return component;
    }

    private static ObjectNode form(String id, ArrayNode components) {
        ObjectNode form = JSON.createObjectNode().put("id", id).put("type", "default");
        form.set("components", components);
        form.put("executionPlatform", "Camunda Platform").put("executionPlatformVersion", "7.24.0");
        form.putObject("exporter").put("name", "Camunda Modeler").put("version", "5.x");
        form.put("schemaVersion", 16);
        return form;
    }
}
