package cn.fundrisk.staffing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A row of a unit's staffing table (附件2): a person, their positions and duties, 在编 or not, years in position. */
@Entity
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignUnitId;
    private String name;
    /** 部门(科室) */
    private String department;
    private String positions;
    private String duties;
    private boolean formal;
    private BigDecimal yearsInPosition;
    private int sortOrder;
    private String updatedBy;
    private Instant updatedAt;

    protected StaffMember() {
    }

    public StaffMember(Long campaignUnitId, String name, String department, List<Position> positions, String duties,
            boolean formal, BigDecimal yearsInPosition, int sortOrder, String updatedBy, Instant updatedAt) {
        this.campaignUnitId = campaignUnitId;
        this.name = name;
        this.department = department;
        this.positions = Position.join(positions);
        this.duties = duties;
        this.formal = formal;
        this.yearsInPosition = yearsInPosition;
        this.sortOrder = sortOrder;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public boolean holds(Position position) {
        return getPositions().contains(position);
    }

    public Long getId() { return id; }
    public Long getCampaignUnitId() { return campaignUnitId; }
    public String getName() { return name; }
    public String getDepartment() { return department; }
    public List<Position> getPositions() { return Position.split(positions); }
    public String getDuties() { return duties; }
    public boolean isFormal() { return formal; }
    public BigDecimal getYearsInPosition() { return yearsInPosition; }
    public int getSortOrder() { return sortOrder; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
