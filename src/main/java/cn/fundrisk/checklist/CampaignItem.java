package cn.fundrisk.checklist;

import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The catalogue as one campaign runs it: a snapshot taken when the campaign is registered. */
@Entity
public class CampaignItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignId;
    private int itemNo;
    private int categoryNo;
    private String categoryName;
    private String taskText;
    private String requirement;
    private String deadlineText;
    /** The item's own due date in the campaign year; null when the phase deadline applies. */
    private Instant dueAt;
    private int points;
    @Embedded
    private Applicability applicability;
    private boolean placeholder;
    /** 实施范围; null when the source does not give it. */
    private String scope;
    private String responsibleText;
    /** The office's 不计分 decision on a placeholder, copied at start: the item is not assessed. */
    private String notScoredReason;

    protected CampaignItem() {
    }

    public CampaignItem(Long campaignId, CatalogueItem source, Instant dueAt) {
        this.campaignId = campaignId;
        this.itemNo = source.getItemNo();
        this.categoryNo = source.getCategory().getCategoryNo();
        this.categoryName = source.getCategory().getName();
        this.taskText = source.getTaskText();
        this.requirement = source.getRequirement();
        this.deadlineText = source.getDeadlineText();
        this.dueAt = dueAt;
        this.points = source.getPoints();
        this.applicability = source.getApplicability().copy();
        this.placeholder = source.isPlaceholder();
        this.scope = source.getScope();
        this.responsibleText = source.getResponsibleText();
        this.notScoredReason = source.isScored() ? null : source.getNotScoredReason();
    }

    /** Assessed and scored in this campaign: not a placeholder the office marked 不计分. */
    public boolean isScored() {
        return notScoredReason == null;
    }

    /** Whether a unit of this kind does the item: it applies to the kind and is scored. */
    public boolean assessedBy(cn.fundrisk.identity.UnitKind kind) {
        return isScored() && applicability.appliesTo(kind);
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public int getItemNo() { return itemNo; }
    public int getCategoryNo() { return categoryNo; }
    public String getCategoryName() { return categoryName; }
    public String getTaskText() { return taskText; }
    public String getRequirement() { return requirement; }
    public String getDeadlineText() { return deadlineText; }
    public Instant getDueAt() { return dueAt; }
    public int getPoints() { return points; }
    public Applicability getApplicability() { return applicability; }
    public boolean isPlaceholder() { return placeholder; }
    public String getScope() { return scope; }
    public String getResponsibleText() { return responsibleText; }
    public String getNotScoredReason() { return notScoredReason; }
}
