package cn.fundrisk.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitPhases extends JpaRepository<UnitPhase, Long> {

    List<UnitPhase> findByCampaignUnitIdOrderById(Long campaignUnitId);

    Optional<UnitPhase> findByCampaignUnitIdAndPhase(Long campaignUnitId, Phase phase);

    List<UnitPhase> findByCampaignUnitIdIn(List<Long> campaignUnitIds);
}
