package cn.fundrisk.campaign;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Bean {@code campaignUnits}: also the collection of the parent's multi-instance call activity. */
public interface CampaignUnits extends JpaRepository<CampaignUnit, Long> {

    @Query("select cu from CampaignUnit cu join fetch cu.unit u where cu.campaignId = ?1 order by u.sortOrder")
    List<CampaignUnit> findByCampaign(Long campaignId);

    @Query("select cu.id from CampaignUnit cu join cu.unit u where cu.campaignId = ?1 order by u.sortOrder")
    List<Long> idsOf(Long campaignId);

    /** Pairs of (unit name, campaign name): the units already in a running campaign of the year. */
    @Query("select u.name, c.name from CampaignUnit cu join cu.unit u, Campaign c where c.id = cu.campaignId"
            + " and c.campaignYear = ?1 and c.status = cn.fundrisk.campaign.Campaign.Status.RUNNING"
            + " and u.id in ?2 order by u.sortOrder")
    List<Object[]> runningInYear(int year, Collection<Long> unitIds);

    /** Names of the running campaigns in which the unit has work. */
    @Query("select distinct c.name from CampaignUnit cu join cu.unit u, Campaign c where c.id = cu.campaignId"
            + " and u.code = ?1 and c.status = cn.fundrisk.campaign.Campaign.Status.RUNNING")
    List<String> runningCampaignsOf(String unitCode);

    long countByCampaignId(Long campaignId);

    /** Units whose process has started: the launch's progress (each unit starts in its own transaction). */
    long countByCampaignIdAndProcessInstanceIdIsNotNull(Long campaignId);
}
