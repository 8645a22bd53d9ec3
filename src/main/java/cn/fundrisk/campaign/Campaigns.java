package cn.fundrisk.campaign;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Bean {@code campaigns}: the gateways of campaignProcess ask it. */
public interface Campaigns extends JpaRepository<Campaign, Long> {

    List<Campaign> findAllByOrderByCreatedAtDesc();

    boolean existsByCampaignYearAndStatus(int year, Campaign.Status status);

    default boolean workPlanApproved(Long campaignId) {
        return findById(campaignId).orElseThrow().getWorkPlanStatus() == ReviewStatus.APPROVED;
    }

    default boolean resultsApproved(Long campaignId) {
        return findById(campaignId).orElseThrow().getResultsStatus() == ReviewStatus.APPROVED;
    }
}
