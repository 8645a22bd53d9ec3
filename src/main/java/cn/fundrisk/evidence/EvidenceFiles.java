package cn.fundrisk.evidence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceFiles extends JpaRepository<Evidence, Long> {

    List<Evidence> findByOwnerTypeAndOwnerIdOrderByUploadedAt(Evidence.OwnerType ownerType, Long ownerId);

    List<Evidence> findByCampaignUnitIdOrderByUploadedAt(Long campaignUnitId);
}
