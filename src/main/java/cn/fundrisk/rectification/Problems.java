package cn.fundrisk.rectification;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Bean {@code problems}: collection, gateways and due dates of the rectification sub-process. */
public interface Problems extends JpaRepository<Problem, Long> {

    List<Problem> findByCampaignUnitIdOrderByItemNoAscIdAsc(Long campaignUnitId);

    /** The problems of many units in one query (the rectification ledger). */
    List<Problem> findByCampaignUnitIdInOrderByItemNoAscIdAsc(Collection<Long> campaignUnitIds);

    List<Problem> findByAssessmentIdOrderById(Long assessmentId);

    void deleteByAssessmentId(Long assessmentId);

    /** The campaign's rectification: problems not yet closed off (销号), except those handed over to the follow-up. */
    @Query("select p.id from Problem p where p.campaignUnitId = ?1 and p.handedOverAt is null"
            + " and p.status <> cn.fundrisk.rectification.Problem.Status.CLOSED_OFF order by p.itemNo, p.id")
    List<Long> idsToRectify(Long campaignUnitId);

    default boolean anyToRectify(Long campaignUnitId) {
        return !idsToRectify(campaignUnitId).isEmpty();
    }

    default boolean needsCoordination(Long problemId) {
        return findById(problemId).orElseThrow().getStatus() == Problem.Status.NEEDS_COORDINATION;
    }

    default boolean verified(Long problemId) {
        return findById(problemId).orElseThrow().getStatus() == Problem.Status.VERIFIED;
    }

    default boolean closedOff(Long problemId) {
        return findById(problemId).orElseThrow().getStatus() == Problem.Status.CLOSED_OFF;
    }

    default Date dueDateOf(Long problemId) {
        return Date.from(findById(problemId).orElseThrow().getDueAt());
    }
}
