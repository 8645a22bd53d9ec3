package cn.fundrisk.checklist;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignItems extends JpaRepository<CampaignItem, Long> {

    List<CampaignItem> findByCampaignIdOrderByItemNo(Long campaignId);

    Optional<CampaignItem> findByCampaignIdAndItemNo(Long campaignId, int itemNo);

    /** A campaign's items by their number. */
    default Map<Integer, CampaignItem> byItemNo(Long campaignId) {
        return findByCampaignIdOrderByItemNo(campaignId).stream()
                .collect(Collectors.toMap(CampaignItem::getItemNo, Function.identity()));
    }
}
