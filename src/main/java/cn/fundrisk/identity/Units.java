package cn.fundrisk.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Units extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    List<Unit> findByCodeIn(java.util.Collection<String> codes);

    List<Unit> findByActiveTrueOrderBySortOrder();

    List<Unit> findByActiveTrueAndDefaultParticipantTrueOrderBySortOrder();

    /** Every unit, active or not, in the list's order. */
    List<Unit> findAllByOrderBySortOrderAscCodeAsc();

    /**
     * Locks the units' rows until the transaction ends: two campaign launches for the same units
     * run one after the other, so the second sees the first (CampaignLauncher).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from Unit u where u.id in ?1 order by u.id")
    List<Unit> lockAll(Collection<Long> ids);

    @Query("select coalesce(max(u.sortOrder), 0) from Unit u")
    int maxSortOrder();
}
