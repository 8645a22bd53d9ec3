package cn.fundrisk.evidence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EvidenceFiles extends JpaRepository<Evidence, Long> {

    String INFO = "select new cn.fundrisk.evidence.EvidenceInfo(e.id, e.campaignUnitId, e.ownerType, e.ownerId,"
            + " e.fileName, e.contentType, e.sizeBytes, e.sha256, e.uploadedBy, e.uploadedAt) from Evidence e";

    List<Evidence> findByOwnerTypeAndOwnerIdOrderByUploadedAt(Evidence.OwnerType ownerType, Long ownerId);

    List<Evidence> findByCampaignUnitIdOrderByUploadedAt(Long campaignUnitId);

    /** The files of one owner, without their content. */
    @Query(INFO + " where e.ownerType = ?1 and e.ownerId = ?2 order by e.uploadedAt, e.id")
    List<EvidenceInfo> infosOf(Evidence.OwnerType ownerType, Long ownerId);

    /** The files of one unit in a campaign, without their content. */
    @Query(INFO + " where e.campaignUnitId = ?1 order by e.uploadedAt, e.id")
    List<EvidenceInfo> infosOfUnit(Long campaignUnitId);
}
