package cn.fundrisk.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Units extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    List<Unit> findByActiveTrueOrderBySortOrder();

    List<Unit> findByActiveTrueAndDefaultParticipantTrueOrderBySortOrder();
}
