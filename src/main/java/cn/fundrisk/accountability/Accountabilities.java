package cn.fundrisk.accountability;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Append-only: decisions are recorded and read, never changed or deleted. */
public interface Accountabilities extends Repository<Accountability, Long> {

    Accountability save(Accountability decision);

    Optional<Accountability> findById(Long id);

    List<Accountability> findByCampaignUnitIdOrderByDecidedOnAscIdAsc(Long campaignUnitId);

    List<Accountability> findByCampaignUnitIdInOrderByDecidedOnAscIdAsc(Collection<Long> campaignUnitIds);

    long countByCampaignUnitId(Long campaignUnitId);
}
