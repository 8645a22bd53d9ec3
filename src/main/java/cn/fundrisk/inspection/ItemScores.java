package cn.fundrisk.inspection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ItemScores extends JpaRepository<ItemScore, Long> {

    List<ItemScore> findByScoreSheetIdOrderByItemNo(Long scoreSheetId);

    /** The scores of many sheets in one query (the results bulletin). */
    List<ItemScore> findByScoreSheetIdIn(java.util.Collection<Long> scoreSheetIds);
}
