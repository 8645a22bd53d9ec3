package cn.fundrisk.evidence;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A file of evidence (佐证材料) attached to an item result, a problem, a report or a score sheet. */
@Entity
public class Evidence {

    public enum OwnerType { ASSESSMENT, PROBLEM, REPORT, SCORE_SHEET, ACCOUNTABILITY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignUnitId;
    @Enumerated(EnumType.STRING)
    private OwnerType ownerType;
    private Long ownerId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "BYTEA")
    private byte[] content;
    private String uploadedBy;
    private Instant uploadedAt;

    protected Evidence() {
    }

    public Evidence(Long campaignUnitId, OwnerType ownerType, Long ownerId, String fileName, String contentType,
            byte[] content, String sha256, String uploadedBy, Instant uploadedAt) {
        this.campaignUnitId = campaignUnitId;
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public Long getCampaignUnitId() { return campaignUnitId; }
    public OwnerType getOwnerType() { return ownerType; }
    public Long getOwnerId() { return ownerId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
