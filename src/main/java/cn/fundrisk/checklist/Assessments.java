package cn.fundrisk.checklist;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Bean {@code assessments}: also the collection of the self-inspection multi-instance and the applicability gateways. */
public interface Assessments extends JpaRepository<ItemAssessment, Long> {

    List<ItemAssessment> findByCampaignUnitIdOrderByItemNo(Long campaignUnitId);

    Optional<ItemAssessment> findByCampaignUnitIdAndItemNo(Long campaignUnitId, int itemNo);

    /** The item applies to the unit (an assessment was written for it at the unit's start): the model's gateways. */
    default boolean applies(Long campaignUnitId, int itemNo) {
        return findByCampaignUnitIdAndItemNo(campaignUnitId, itemNo).isPresent();
    }

    /** Items still to be (re)inspected: not yet submitted, or returned by the unit head. */
    @Query("select a.itemNo from ItemAssessment a where a.campaignUnitId = ?1"
            + " and a.status in (cn.fundrisk.campaign.ReviewStatus.DRAFT, cn.fundrisk.campaign.ReviewStatus.RETURNED)"
            + " order by a.itemNo")
    List<Integer> itemsToInspect(Long campaignUnitId);
}
