package cn.fundrisk.report;

import java.util.List;
import java.util.Optional;

import cn.fundrisk.campaign.ReviewStatus;
import org.springframework.data.jpa.repository.JpaRepository;

/** Bean {@code unitReports}: the review gateways of unitCampaignProcess ask it. */
public interface UnitReports extends JpaRepository<UnitReport, Long> {

    Optional<UnitReport> findByCampaignUnitIdAndKindAndPeriod(Long campaignUnitId, UnitReport.Kind kind, String period);

    List<UnitReport> findByCampaignUnitIdOrderById(Long campaignUnitId);

    default UnitReport once(Long campaignUnitId, UnitReport.Kind kind) {
        return findByCampaignUnitIdAndKindAndPeriod(campaignUnitId, kind, UnitReport.ONCE)
                .orElseGet(() -> save(new UnitReport(campaignUnitId, kind, UnitReport.ONCE)));
    }

    default boolean approved(Long campaignUnitId, String kind) {
        return findByCampaignUnitIdAndKindAndPeriod(campaignUnitId, UnitReport.Kind.valueOf(kind), UnitReport.ONCE)
                .map(r -> r.getStatus() == ReviewStatus.APPROVED).orElse(false);
    }
}
