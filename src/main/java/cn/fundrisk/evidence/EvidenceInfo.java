package cn.fundrisk.evidence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

import cn.fundrisk.process.Clock;
import cn.fundrisk.process.Links;

/** An evidence file without its content: what lists show. Built by a JPQL constructor query. */
public record EvidenceInfo(Long id, Long campaignUnitId, Evidence.OwnerType ownerType, Long ownerId,
        String fileName, String contentType, long sizeBytes, String sha256, String uploadedBy,
        OffsetDateTime uploadedAt, String downloadUrl) {

    /** For {@code select new}: the entity's columns, without the content. */
    public EvidenceInfo(Long id, Long campaignUnitId, Evidence.OwnerType ownerType, Long ownerId, String fileName,
            String contentType, Long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
        this(id, campaignUnitId, ownerType, ownerId, fileName, contentType, sizeBytes == null ? 0 : sizeBytes,
                sha256, uploadedBy, uploadedAt == null ? null : uploadedAt.atZone(Clock.ZONE).toOffsetDateTime(),
                downloadUrl(id));
    }

    public static EvidenceInfo of(Evidence e) {
        return new EvidenceInfo(e.getId(), e.getCampaignUnitId(), e.getOwnerType(), e.getOwnerId(), e.getFileName(),
                e.getContentType(), e.getSizeBytes(), e.getSha256(), e.getUploadedBy(), e.getUploadedAt());
    }

    public static String downloadUrl(Long id) {
        return "/evidence/file/" + id;
    }

    /** The page of the thing this file is evidence for. */
    public String ownerUrl() {
        return Links.evidence(ownerType, ownerId);
    }

    /** Size for people: KB (rounded up, so a small file never reads 0.0 KB) below one megabyte, else MB. */
    public String sizeText() {
        return sizeText(sizeBytes);
    }

    public static String sizeText(long bytes) {
        if (bytes < 1024L * 1024L) {
            return String.format(Locale.ROOT, "%.1f KB", Math.ceil(bytes / 102.4) / 10);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
