package cn.fundrisk.staffing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The rows of staffing_rule, the rules the staffing table is checked against. */
public interface StaffingRuleRows extends JpaRepository<StaffingRule, Long> {

    List<StaffingRule> findAllByOrderByItemNoAscIdAsc();
}
