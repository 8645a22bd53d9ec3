package cn.fundrisk.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.checklist.ItemSheet;
import cn.fundrisk.identity.UnitKind;
import cn.fundrisk.inspection.Rankings;
import cn.fundrisk.process.Clock;

/**
 * The 结果通报 of a campaign as .docx: issued by the bureau, numbered by its office, addressed to the
 * units; the participation and rectification figures, the ranking like with like (by group, 名次 by
 * 得分率), the deductions, the office's results note (written in the compile-results form) and the
 * 结果运用 of the notice; the per-category scores of every unit as 附件.
 */
final class ResultsBulletinDocument {

    static final String ADDRESSEES = "各县（区）人社局、九华山风景区社会保障局，市本级各社保经办机构，市人力资源和社会保障信息中心：";
    static final String[] SECTION_NUMERALS = { "（一）", "（二）", "（三）", "（四）", "（五）" };

    /** A unit with its sheet (items, self-scores and approved inspector scores) and its problem counts. */
    record Scored(CampaignUnit unit, ItemSheet sheet, long problems, long rectified) {
    }

    private ResultsBulletinDocument() {
    }

    static DocxWriter write(Campaign campaign, String bureau, List<Scored> units) {
        DocxWriter doc = new DocxWriter().issuer(bureau + "文件").number("池人社秘〔" + campaign.getCampaignYear() + "〕　　号")
                .title("关于" + campaign.getName() + "考核结果的通报");
        if (campaign.getResultsStatus() != ReviewStatus.APPROVED) {
            doc.line("（考核结果" + campaign.getResultsStatus().label() + "：本文根据当前记录生成，审定后方可印发）");
        }
        doc.line(ADDRESSEES);

        long found = units.stream().mapToLong(Scored::problems).sum();
        long rectified = units.stream().mapToLong(Scored::rectified).sum();
        long scored = units.stream().filter(u -> u.unit().getRanking() != null).count();
        doc.heading("一、基本情况").body("按照《池州市加强社会保险基金管理风险防控工作实施方案》要求，" + units.size()
                + " 个责任单位参加专项工作，开展自查、整改、自评和总结。自查发现问题 " + found + " 个，已整改 " + rectified
                + " 个，整改率 " + (found == 0 ? "—" : Math.round(rectified * 1000.0 / found) / 10.0 + "%") + "。领导小组办公室对 "
                + scored + " 个单位进行了检查评估和考核评分。");

        doc.heading("二、考核结果").body("考核得分按得分率（考核得分 ÷ 适用分值）在同类单位中排列名次。");
        int section = 0;
        for (UnitKind kind : Rankings.GROUP_ORDER) {
            List<Scored> group = units.stream().filter(u -> u.unit().getUnit().getKind() == kind)
                    .sorted((a, b) -> Rankings.ORDER.compare(a.unit(), b.unit())).toList();
            if (group.isEmpty()) {
                continue;
            }
            doc.body(SECTION_NUMERALS[Math.min(section++, SECTION_NUMERALS.length - 1)] + kind.label());
            List<List<String>> rows = new ArrayList<>();
            for (Scored u : group) {
                CampaignUnit cu = u.unit();
                rows.add(List.of(cu.getRanking() == null ? "—" : cu.getRanking().toString(), cu.getUnit().getName(),
                        Integer.toString(cu.getApplicablePoints()), UnitFile.number(cu.getSelfScoreTotal()),
                        UnitFile.number(cu.getFinalScore()),
                        cu.getFinalScore() == null ? "—" : Rankings.percent(cu.getScoreRate())));
            }
            doc.table(List.of("名次", "单位", "适用分值", "自评分", "考核得分", "得分率"), rows);
        }

        doc.heading("三、存在的主要问题");
        List<List<String>> deductions = new ArrayList<>();
        for (Scored u : units) {
            for (ItemSheet.Line line : u.sheet().lines()) {
                BigDecimal score = line.entered().score();
                if (line.scored() && score != null && score.compareTo(BigDecimal.valueOf(line.points())) < 0) {
                    deductions.add(List.of(u.unit().getUnit().getName(), "第" + line.itemNo() + "项",
                            UnitFile.number(BigDecimal.valueOf(line.points()).subtract(score)),
                            line.entered().reason() == null ? "" : line.entered().reason()));
                }
            }
        }
        if (deductions.isEmpty()) {
            doc.body("检查评估中各单位均未扣分。");
        } else {
            doc.body("检查评估中扣分事项共 " + deductions.size() + " 项：");
            doc.table(List.of("单位", "事项", "扣分", "扣分原因"), deductions);
        }

        doc.heading("四、结果运用").body(campaign.getResultsNote())
                .body("社保基金风险防控工作纳入" + campaign.getCampaignYear() + "年度人社重点工作目标考核范围。");
        doc.line("附件：各单位分类别考核得分表");
        doc.signature(bureau, UnitFile.DAY.format(Clock.now().atZone(Clock.ZONE)));

        doc.attachment("附件", "各单位分类别考核得分表");
        doc.table(categoryHeaders(units), categoryRows(units));
        return doc;
    }

    private static List<String> categoryHeaders(List<Scored> units) {
        List<String> headers = new ArrayList<>(List.of("单位"));
        categoryNumerals(units).forEach((no, numeral) -> headers.add(numeral));
        headers.add("合计");
        return headers;
    }

    private static List<List<String>> categoryRows(List<Scored> units) {
        Map<Integer, String> categories = categoryNumerals(units);
        List<List<String>> rows = new ArrayList<>();
        for (Scored u : units) {
            List<String> row = new ArrayList<>(List.of(u.unit().getUnit().getName()));
            for (Integer no : categories.keySet()) {
                row.add(u.sheet().groups().stream().filter(g -> g.categoryNo() == no && g.points() > 0).findFirst()
                        .map(g -> UnitFile.number(g.score())).orElse("—"));
            }
            row.add(UnitFile.number(u.sheet().score()));
            rows.add(row);
        }
        return rows;
    }

    /** Category number to its numeral (一 to 八), from the headings of the units' sheets. */
    private static Map<Integer, String> categoryNumerals(List<Scored> units) {
        Map<Integer, String> numerals = new java.util.TreeMap<>();
        units.forEach(u -> u.sheet().groups().forEach(g -> numerals.put(g.categoryNo(), g.heading().substring(0,
                g.heading().indexOf('、') < 0 ? g.heading().length() : g.heading().indexOf('、')))));
        return numerals;
    }
}
