package cn.fundrisk.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.fundrisk.checklist.CampaignItem;
import cn.fundrisk.checklist.CampaignItems;
import cn.fundrisk.checklist.Catalogue;
import cn.fundrisk.checklist.CatalogueItem;
import cn.fundrisk.checklist.CatalogueItems;
import cn.fundrisk.identity.Unit;
import cn.fundrisk.identity.Units;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes a new campaign: the catalogue snapshot and its units. A unit's item assessments and phases
 * are written when the unit's own process starts ({@link UnitStartRows}), in parallel jobs.
 */
@Component
public class CampaignLauncher {

    private final Campaigns campaigns;
    private final CampaignUnits campaignUnits;
    private final Units units;
    private final CatalogueItems catalogue;
    private final CampaignItems campaignItems;
    private final Catalogue catalogueRules;
    private final boolean refuseSecondCampaign;

    public CampaignLauncher(Campaigns campaigns, CampaignUnits campaignUnits, Units units,
            CatalogueItems catalogue, CampaignItems campaignItems, Catalogue catalogueRules,
            @Value("${fundrisk.campaign.one-running-per-year:true}") boolean refuseSecondCampaign) {
        this.refuseSecondCampaign = refuseSecondCampaign;
        this.campaigns = campaigns;
        this.campaignUnits = campaignUnits;
        this.units = units;
        this.catalogue = catalogue;
        this.campaignItems = campaignItems;
        this.catalogueRules = catalogueRules;
    }

    public Campaign register(CampaignRequest request, String user, Instant now, String processInstanceId) {
        // a placeholder must be completed or marked 不计分 by the office first (issue 14.6)
        catalogueRules.requireResolved();
        List<Unit> participants = participants(request);
        if (refuseSecondCampaign) {
            refuseUnitsAlreadyRunning(request.year(), participants);
        }
        Campaign campaign = campaigns.save(new Campaign(request.name(), request.year(),
                new Schedule(request.deadlines()), request.monthlyAuditInterval(), user, now));
        campaign.attachProcess(processInstanceId);

        List<CampaignItem> items = new ArrayList<>();
        Instant rectificationDeadline = campaign.getSchedule().deadline(Phase.RECTIFICATION);
        for (CatalogueItem item : catalogue.findAllOrdered()) {
            items.add(new CampaignItem(campaign.getId(), item, itemDue(item, request.year(), rectificationDeadline)));
        }
        campaignItems.saveAll(items);

        // each unit's item assessments and phases are written when its own process starts (UnitStartRows)
        for (Unit unit : participants) {
            int points = items.stream().filter(i -> i.assessedBy(unit.getKind()))
                    .mapToInt(CampaignItem::getPoints).sum();
            campaignUnits.save(new CampaignUnit(campaign.getId(), unit, points));
        }
        return campaign;
    }

    /**
     * An item's own deadline in the campaign year (item 19: 31 December, item 30: 30 September), but
     * never before the rectification deadline: a problem found in self-inspection cannot be due
     * before it can be fixed (item 31's April, or a training campaign run on a custom schedule).
     */
    static Instant itemDue(CatalogueItem item, int year, Instant rectificationDeadline) {
        Instant own = item.dueIn(year, Clock.ZONE);
        if (own == null) {
            return null;
        }
        return own.isBefore(rectificationDeadline) ? rectificationDeadline : own;
    }

    /**
     * A unit takes part in at most one running campaign per year: a start sent twice (a double
     * click, a replayed call) or a second campaign for the same units is refused. The units' rows
     * are locked first, so of two simultaneous starts the second waits and is refused.
     */
    private void refuseUnitsAlreadyRunning(int year, List<Unit> participants) {
        List<Long> ids = participants.stream().map(Unit::getId).toList();
        units.lockAll(ids);
        List<Object[]> running = campaignUnits.runningInYear(year, ids);
        if (!running.isEmpty()) {
            throw new InputRejectedException(year + "年度已有进行中的专项工作包含以下单位，不能重复启动："
                    + running.stream().map(r -> r[0] + "（" + r[1] + "）").distinct()
                            .collect(java.util.stream.Collectors.joining("、")));
        }
    }

    private List<Unit> participants(CampaignRequest request) {
        if (request.unitCodes().isEmpty()) {
            List<Unit> defaults = units.findByActiveTrueAndDefaultParticipantTrueOrderBySortOrder();
            if (defaults.isEmpty()) {
                throw new InputRejectedException("没有默认参与单位，请指定参与单位");
            }
            return defaults;
        }
        // one query, whatever the number of units
        Map<String, Unit> found = units.findByCodeIn(request.unitCodes()).stream()
                .filter(Unit::isActive).collect(Collectors.toMap(Unit::getCode, u -> u));
        List<Unit> chosen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : request.unitCodes()) {
            Unit unit = found.get(code);
            if (unit != null) {
                chosen.add(unit);
            } else {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InputRejectedException("单位不存在或已停用：" + String.join("、", unknown));
        }
        return chosen;
    }
}
