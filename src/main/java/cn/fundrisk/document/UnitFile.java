package cn.fundrisk.document;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.checklist.ItemAssessment;
import cn.fundrisk.checklist.ItemSheet;
import cn.fundrisk.process.Clock;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.report.UnitReport;
import cn.fundrisk.staffing.StaffingTable;

/**
 * What a unit's report documents are made of, as recorded: the campaign and the unit, the report's
 * latest saved text and state, the unit's sheet (items, self-scores), its self-inspection results,
 * its problems and its staffing table with the findings.
 */
record UnitFile(Campaign campaign, CampaignUnit unit, UnitReport report, ItemSheet sheet,
        Map<Integer, ItemAssessment> assessments, List<Problem> problems, StaffingTable staffing) {

    static final String OFFICE = "市人社局社会保险基金风险防控工作领导小组办公室：";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    String unitName() {
        return unit.getUnit().getName();
    }

    /** 文号, left for the unit's office to number: 〔2019〕　　号. */
    String number() {
        return "〔" + campaign.getCampaignYear() + "〕　　号";
    }

    String body() {
        return report == null ? null : report.getBody();
    }

    /** A line under the title while the report is not through review: what the download shows. */
    String stateNote() {
        ReviewStatus status = report == null ? ReviewStatus.DRAFT : report.getStatus();
        return status == ReviewStatus.APPROVED ? null : "（" + status.label() + "：本文根据当前保存的内容生成）";
    }

    /** The date of the signature: when the report was submitted, else today. */
    String date() {
        Instant at = report != null && report.getSubmittedAt() != null ? report.getSubmittedAt() : Clock.now();
        return DAY.format(at.atZone(Clock.ZONE));
    }

    long rectified() {
        return problems.stream().filter(UnitFile::rectified).count();
    }

    static boolean rectified(Problem problem) {
        return problem.getStatus() == Problem.Status.CLOSED || problem.getStatus() == Problem.Status.VERIFIED
                || problem.getStatus() == Problem.Status.CLOSED_OFF;
    }

    static String abridged(String text, int length) {
        String flat = text == null ? "" : text.strip();
        return flat.codePointCount(0, flat.length()) <= length ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, length)) + "…";
    }

    static String number(java.math.BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    /** The items of the sheet the office left out (不计分), as a sentence, or "". */
    String notScoredSentence() {
        List<ItemSheet.Line> out = sheet.lines().stream().filter(l -> !l.scored()).toList();
        if (out.isEmpty()) {
            return "";
        }
        return "第" + String.join("、", out.stream().map(l -> Integer.toString(l.itemNo())).toList())
                + "项原文缺失，经领导小组办公室确定不计分（" + out.get(0).item().getNotScoredReason() + "）。";
    }
}
