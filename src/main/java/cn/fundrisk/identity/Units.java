package cn.fundrisk.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Units extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    List<Unit> findByCodeIn(java.util.Collection<String> codes);

    List<Unit> findByActiveTrueOrderBySortOrder();

    List<Unit> findByActiveTrueAndDefaultParticipantTrueOrderBySortOrder();

    /** Every unit, active or not, in the list's order. */
    List<Unit> findAllByOrderBySortOrderAscCodeAsc();

    @Query("select coalesce(max(u.sortOrder), 0) from Unit u")
    int maxSortOrder();
}
