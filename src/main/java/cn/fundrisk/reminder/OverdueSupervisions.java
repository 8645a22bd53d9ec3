package cn.fundrisk.reminder;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OverdueSupervisions extends JpaRepository<OverdueSupervision, Long> {

    List<OverdueSupervision> findByCampaignUnitIdOrderById(Long campaignUnitId);

    /** The latest 督办 of a step of the campaign itself (the work plan, the results). */
    java.util.Optional<OverdueSupervision> findFirstByCampaignIdAndStepOrderByIdDesc(Long campaignId,
            EscalationSubject.Step step);
}
