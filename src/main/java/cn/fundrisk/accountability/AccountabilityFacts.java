package cn.fundrisk.accountability;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.UnitPhase;
import cn.fundrisk.campaign.UnitPhases;
import cn.fundrisk.process.Clock;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.rectification.Problems;
import org.springframework.stereotype.Component;

/** What the office weighs in the accountability round: score, late phases, open problems, earlier decisions. */
@Component
public class AccountabilityFacts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final UnitPhases unitPhases;
    private final Problems problems;
    private final AccountabilityQueries decisions;

    public AccountabilityFacts(UnitPhases unitPhases, Problems problems, AccountabilityQueries decisions) {
        this.unitPhases = unitPhases;
        this.problems = problems;
        this.decisions = decisions;
    }

    String markdown(CampaignUnit unit) {
        StringBuilder md = new StringBuilder();
        md.append("**考核得分**：").append(unit.getFinalScore() == null ? "—" : unit.getFinalScore().toPlainString())
                .append(" / ").append(unit.getApplicablePoints()).append(" 分");
        List<UnitPhase> late = unitPhases.findByCampaignUnitIdIn(List.of(unit.getId())).stream()
                .filter(p -> p.getOverdueAt() != null).toList();
        md.append("\n\n**逾期阶段**：").append(late.isEmpty() ? "无" : String.join("、", late.stream()
                .map(p -> p.getPhase().label() + (p.getCompletedAt() == null ? "（仍未完成）" : "（逾期完成）")).toList()));
        List<Problem> open = problems.findByCampaignUnitIdOrderByItemNoAscIdAsc(unit.getId()).stream()
                .filter(p -> p.getStatus() != Problem.Status.CLOSED_OFF).toList();
        Instant now = Clock.now();
        md.append("\n\n**未销号问题**：").append(open.isEmpty() ? "无" : open.size() + " 个");
        for (Problem p : open) {
            md.append("\n- 第").append(p.getItemNo()).append("项：").append(p.getDescription()).append("（")
                    .append(p.getRiskLevel() == null ? "" : "风险" + p.getRiskLevel().label() + "，")
                    .append(p.getStatus().label())
                    .append(p.getDueAt().isBefore(now) ? "，已超过整改时限 " + DAY.format(p.getDueAt().atZone(Clock.ZONE)) : "")
                    .append("）");
        }
        List<AccountabilityQueries.Row> earlier = decisions.ofUnit(unit.getId());
        md.append("\n\n**已有问责决定**：").append(earlier.isEmpty() ? "无" : "");
        earlier.forEach(d -> md.append("\n- ").append(d.decidedOn()).append(" ").append(d.methodLabel()).append("（")
                .append(d.target()).append("），").append(d.decidedBy()));
        return md.toString();
    }
}
