package cn.fundrisk.reminder;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OverdueSupervisions extends JpaRepository<OverdueSupervision, Long> {

    List<OverdueSupervision> findByCampaignUnitIdOrderById(Long campaignUnitId);
}
