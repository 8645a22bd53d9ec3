package cn.fundrisk.campaign;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Bean {@code campaignUnits}: also the collection of the parent's multi-instance call activity. */
public interface CampaignUnits extends JpaRepository<CampaignUnit, Long> {

    @Query("select cu from CampaignUnit cu join fetch cu.unit u where cu.campaignId = ?1 order by u.sortOrder")
    List<CampaignUnit> findByCampaign(Long campaignId);

    @Query("select cu.id from CampaignUnit cu join cu.unit u where cu.campaignId = ?1 order by u.sortOrder")
    List<Long> idsOf(Long campaignId);

    long countByCampaignId(Long campaignId);

    /** Units whose process has started: the launch's progress (each unit starts in its own transaction). */
    long countByCampaignIdAndProcessInstanceIdIsNotNull(Long campaignId);
}
