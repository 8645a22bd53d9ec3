package cn.fundrisk.staffing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The staffing tables of the units in campaigns. */
public interface StaffMembers extends JpaRepository<StaffMember, Long> {

    List<StaffMember> findByCampaignUnitIdOrderBySortOrderAscIdAsc(Long campaignUnitId);

    @Modifying(flushAutomatically = true)
    @Query("delete from StaffMember s where s.campaignUnitId = ?1")
    int deleteTableOf(Long campaignUnitId);
}
