package cn.fundrisk.document;

import java.util.ArrayList;
import java.util.List;

import cn.fundrisk.checklist.ItemAssessment;
import cn.fundrisk.checklist.ItemSheet;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.staffing.StaffRow;
import cn.fundrisk.staffing.StaffingFinding;

/**
 * The 自查报告 and the 总结报告 of a unit as .docx, in the structure a unit files them with the office:
 * title, 文号 line, addressee, the unit's own text (what it wrote in the report form, as last saved)
 * as the first section, then sections built from the recorded results (items, problems and their
 * rectification, self-scores, staffing findings), the signature and the 附件 tables.
 */
final class UnitReportDocuments {

    static final String SELF_INSPECTION_TITLE = "关于社会保险基金管理风险防控工作的自查报告";
    static final String SUMMARY_TITLE = "关于社会保险基金管理风险防控工作的总结报告";
    static final List<String> PROBLEM_HEADERS = List.of("序号", "事项", "问题描述", "整改措施", "责任人", "整改时限", "整改情况");

    private UnitReportDocuments() {
    }

    static DocxWriter selfInspection(UnitFile file) {
        DocxWriter doc = opening(file, SELF_INSPECTION_TITLE);
        doc.heading("一、自查工作开展情况").body(file.body());

        List<ItemSheet.Line> scored = file.sheet().lines().stream().filter(ItemSheet.Line::scored).toList();
        long compliant = scored.stream().filter(l -> result(file, l) == ItemAssessment.Result.COMPLIANT).count();
        long withProblems = scored.stream().filter(l -> result(file, l) == ItemAssessment.Result.PROBLEM).count();
        doc.heading("二、自查结果").body("对照《任务分解及考核表》逐项自查 " + scored.size() + " 项：符合 " + compliant
                + " 项，存在问题 " + withProblems + " 项，尚未自查 " + (scored.size() - compliant - withProblems) + " 项。"
                + file.notScoredSentence() + "逐项情况见附件1。");

        doc.heading("三、发现的问题及整改措施");
        if (file.problems().isEmpty()) {
            doc.body("自查未发现问题。");
        } else {
            doc.body("自查发现问题 " + file.problems().size() + " 个，已逐条制定整改措施、明确责任人和整改时限：");
            doc.table(PROBLEM_HEADERS, problemRows(file));
        }

        doc.heading("四、人员分工核查情况");
        List<StaffingFinding> findings = file.staffing().findings();
        doc.body(findings.isEmpty() ? "对照岗位不相容、高风险岗位等要求核查《部门(科室)人员分工、岗位职责情况表》，未发现问题。"
                : "对照岗位不相容、高风险岗位等要求核查《部门(科室)人员分工、岗位职责情况表》，发现：\n"
                        + String.join("\n", findings.stream().map(StaffingFinding::message).toList()));

        doc.line("附件：1. 任务分解及考核表自查情况").line("　　　2. 部门(科室)人员分工、岗位职责情况表");
        doc.signature(file.unitName(), file.date());

        doc.attachment("附件1", "任务分解及考核表自查情况");
        List<List<String>> items = new ArrayList<>();
        for (ItemSheet.Line line : file.sheet().lines()) {
            ItemAssessment a = file.assessments().get(line.itemNo());
            items.add(List.of(Integer.toString(line.itemNo()), UnitFile.abridged(line.item().getTaskText(), 60),
                    line.scored() ? Integer.toString(line.points()) : "不计分",
                    !line.scored() ? "不计分" : a == null || a.getResult() == null ? "未自查" : a.getResult().label(),
                    a == null ? "" : orEmpty(a.getNote())));
        }
        doc.table(List.of("序号", "任务内容", "分值", "自查结果", "自查说明"), items);

        doc.attachment("附件2", "部门(科室)人员分工、岗位职责情况表");
        List<List<String>> staff = new ArrayList<>();
        int n = 1;
        for (StaffRow row : file.staffing().staff()) {
            staff.add(List.of(Integer.toString(n++), row.name(), orEmpty(row.department()),
                    String.join("、", row.positions()), orEmpty(row.duties()), Boolean.TRUE.equals(row.formal()) ? "是" : "否",
                    UnitFile.number(row.yearsInPosition())));
        }
        if (staff.isEmpty()) {
            doc.body("本单位尚未填报。");
        } else {
            doc.table(List.of("序号", "姓名", "部门(科室)", "岗位", "岗位职责", "在编", "任职年限（年）"), staff);
        }
        return doc;
    }

    static DocxWriter summary(UnitFile file) {
        DocxWriter doc = opening(file, SUMMARY_TITLE);
        doc.heading("一、工作开展情况").body(file.body());

        doc.heading("二、问题整改情况");
        long rectified = file.rectified();
        if (file.problems().isEmpty()) {
            doc.body("自查未发现问题。");
        } else {
            doc.body("自查发现问题 " + file.problems().size() + " 个，截至本报告已整改 " + rectified + " 个，整改率 "
                    + Math.round(rectified * 1000.0 / file.problems().size()) / 10.0 + "%。");
            doc.table(PROBLEM_HEADERS, problemRows(file));
        }

        doc.heading("三、自评情况");
        ItemSheet sheet = file.sheet();
        doc.body("对照《任务分解及考核表》逐项自评，自评合计 " + UnitFile.number(sheet.selfScore()) + " 分（适用分值 "
                + sheet.points() + " 分）。" + file.notScoredSentence() + "分类别自评情况如下，逐项自评见附件。");
        List<List<String>> categories = new ArrayList<>();
        for (ItemSheet.Group group : sheet.groups()) {
            categories.add(List.of(group.heading(), group.points() == 0 ? "不计分" : Integer.toString(group.points()),
                    UnitFile.number(group.selfScore())));
        }
        categories.add(List.of("合计", Integer.toString(sheet.points()), UnitFile.number(sheet.selfScore())));
        doc.table(List.of("类别", "分值", "自评分"), categories);

        doc.line("附件：任务分解及考核表自评得分");
        doc.signature(file.unitName(), file.date());
        doc.attachment("附件", "任务分解及考核表自评得分");
        List<List<String>> items = new ArrayList<>();
        for (ItemSheet.Line line : sheet.lines()) {
            items.add(List.of(Integer.toString(line.itemNo()), UnitFile.abridged(line.item().getTaskText(), 60),
                    line.scored() ? Integer.toString(line.points()) : "不计分",
                    line.scored() ? UnitFile.number(line.entered().selfScore()) : orEmpty(line.item().getNotScoredReason())));
        }
        doc.table(List.of("序号", "任务内容", "分值", "自评分"), items);
        return doc;
    }

    private static DocxWriter opening(UnitFile file, String title) {
        DocxWriter doc = new DocxWriter().issuer(file.unitName()).number(file.number())
                .title(file.unitName() + title);
        if (file.stateNote() != null) {
            doc.line(file.stateNote());
        }
        return doc.line(UnitFile.OFFICE);
    }

    private static List<List<String>> problemRows(UnitFile file) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Problem p : file.problems()) {
            rows.add(List.of(Integer.toString(n++), "第" + p.getItemNo() + "项", p.getDescription(), p.getMeasure(),
                    p.getResponsiblePerson(), UnitFile.DAY.format(p.getDueAt().atZone(cn.fundrisk.process.Clock.ZONE)),
                    p.getStatus().label() + (p.getActionTaken() == null ? "" : "：" + p.getActionTaken())));
        }
        return rows;
    }

    private static ItemAssessment.Result result(UnitFile file, ItemSheet.Line line) {
        ItemAssessment assessment = file.assessments().get(line.itemNo());
        return assessment == null ? null : assessment.getResult();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
