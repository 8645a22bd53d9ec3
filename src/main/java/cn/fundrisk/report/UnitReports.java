package cn.fundrisk.report;

import java.util.List;
import java.util.Optional;

import cn.fundrisk.campaign.ReviewStatus;
import org.springframework.data.jpa.repository.JpaRepository;

/** Bean {@code unitReports}: the review gateways of unitCampaignProcess ask it. */
public interface UnitReports extends JpaRepository<UnitReport, Long> {

    Optional<UnitReport> findByCampaignUnitIdAndKindAndPeriod(Long campaignUnitId, UnitReport.Kind kind, String period);

    List<UnitReport> findByCampaignUnitIdOrderById(Long campaignUnitId);

    Optional<UnitReport> findByCampaignUnitIdAndKindAndScopeId(Long campaignUnitId, UnitReport.Kind kind, String scopeId);

    /** The latest monthly audit report of each of these units (the unit page's 长期 items). */
    Optional<UnitReport> findFirstByCampaignUnitIdAndKindAndSubmittedAtIsNotNullOrderBySubmittedAtDesc(
            Long campaignUnitId, UnitReport.Kind kind);

    default UnitReport once(Long campaignUnitId, UnitReport.Kind kind) {
        return findByCampaignUnitIdAndKindAndPeriod(campaignUnitId, kind, UnitReport.ONCE)
                .orElseGet(() -> save(new UnitReport(campaignUnitId, kind, UnitReport.ONCE)));
    }

    /** The office (签收) accepted the unit's report of this kind. */
    default boolean received(Long campaignUnitId, String kind) {
        return findByCampaignUnitIdAndKindAndPeriod(campaignUnitId, UnitReport.Kind.valueOf(kind), UnitReport.ONCE)
                .map(UnitReport::isReceived).orElse(false);
    }

    default boolean approved(Long campaignUnitId, String kind) {
        return findByCampaignUnitIdAndKindAndPeriod(campaignUnitId, UnitReport.Kind.valueOf(kind), UnitReport.ONCE)
                .map(r -> r.getStatus() == ReviewStatus.APPROVED).orElse(false);
    }
}
