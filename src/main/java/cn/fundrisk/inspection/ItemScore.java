package cn.fundrisk.inspection;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An inspector's score for one item of one unit, with the reason for any deduction (扣分原因). */
@Entity
public class ItemScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long scoreSheetId;
    private int itemNo;
    private BigDecimal score;
    private String deductionReason;

    protected ItemScore() {
    }

    public ItemScore(Long scoreSheetId, int itemNo) {
        this.scoreSheetId = scoreSheetId;
        this.itemNo = itemNo;
    }

    public void set(BigDecimal score, String deductionReason) {
        this.score = score;
        this.deductionReason = deductionReason;
    }

    public Long getId() { return id; }
    public Long getScoreSheetId() { return scoreSheetId; }
    public int getItemNo() { return itemNo; }
    public BigDecimal getScore() { return score; }
    public String getDeductionReason() { return deductionReason; }
}
