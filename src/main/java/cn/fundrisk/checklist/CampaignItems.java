package cn.fundrisk.checklist;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignItems extends JpaRepository<CampaignItem, Long> {

    List<CampaignItem> findByCampaignIdOrderByItemNo(Long campaignId);

    Optional<CampaignItem> findByCampaignIdAndItemNo(Long campaignId, int itemNo);
}
