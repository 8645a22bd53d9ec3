package cn.fundrisk.inspection;

import java.util.List;
import java.util.Optional;

import cn.fundrisk.campaign.ReviewStatus;
import org.springframework.data.jpa.repository.JpaRepository;

/** Bean {@code scoreSheets}: the score-sheet review gateway asks it. */
public interface ScoreSheets extends JpaRepository<ScoreSheet, Long> {

    Optional<ScoreSheet> findByCampaignUnitId(Long campaignUnitId);

    List<ScoreSheet> findByCampaignUnitIdIn(List<Long> campaignUnitIds);

    default ScoreSheet of(Long campaignUnitId) {
        return findByCampaignUnitId(campaignUnitId).orElseGet(() -> save(new ScoreSheet(campaignUnitId)));
    }

    default boolean approved(Long campaignUnitId) {
        return findByCampaignUnitId(campaignUnitId).map(s -> s.getStatus() == ReviewStatus.APPROVED).orElse(false);
    }
}
