package cn.fundrisk.checklist;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One of the eight categories (一 to 八) of the assessment table. */
@Entity
public class Category {

    @Id
    private Integer categoryNo;
    private String numeral;
    private String name;
    private int points;
    private boolean highRisk;

    protected Category() {
    }

    public Integer getCategoryNo() { return categoryNo; }
    public String getNumeral() { return numeral; }
    public String getName() { return name; }
    public int getPoints() { return points; }
    public boolean isHighRisk() { return highRisk; }
}
