package cn.fundrisk.document;

import java.io.IOException;
import java.util.List;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.identity.AccessDeniedException;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.reminder.ReminderProperties;
import cn.fundrisk.report.UnitReport;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The report documents as .docx, made from the recorded results at the moment of the download: a
 * unit's 自查报告 and 总结报告 (its own users and the office, leaders and inspectors; other units 403),
 * the campaign's 结果通报 (office, leaders and inspectors; the users of a unit in the campaign once the
 * leading group has approved the results, when the 通报 is issued to them).
 */
@Controller
public class DocumentController {

    static final String NO_CAMPAIGN_ACCESS = "无权查看该专项工作";
    static final String BULLETIN_NOT_ISSUED = "考核结果尚未审定，结果通报暂未印发";

    private final ReportFiles files;
    private final Campaigns campaigns;
    private final ReminderProperties properties;

    public DocumentController(ReportFiles files, Campaigns campaigns, ReminderProperties properties) {
        this.files = files;
        this.campaigns = campaigns;
        this.properties = properties;
    }

    @GetMapping("/api/campaign-units/{id}/documents/self-inspection-report.docx")
    @Transactional(readOnly = true)
    public void selfInspectionReport(@PathVariable Long id, HttpServletResponse response) throws IOException {
        UnitFile file = files.unit(id, UnitReport.Kind.SELF_INSPECTION, CurrentUser.get());
        UnitReportDocuments.selfInspection(file).send(response,
                "自查报告-" + DocxWriter.fileSafe(file.unitName()) + ".docx", "self-inspection-report.docx");
    }

    @GetMapping("/api/campaign-units/{id}/documents/summary-report.docx")
    @Transactional(readOnly = true)
    public void summaryReport(@PathVariable Long id, HttpServletResponse response) throws IOException {
        UnitFile file = files.unit(id, UnitReport.Kind.SUMMARY, CurrentUser.get());
        UnitReportDocuments.summary(file).send(response,
                "总结报告-" + DocxWriter.fileSafe(file.unitName()) + ".docx", "summary-report.docx");
    }

    @GetMapping("/api/campaigns/{id}/documents/results-bulletin.docx")
    @Transactional(readOnly = true)
    public void resultsBulletin(@PathVariable Long id, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get();
        Campaign campaign = campaigns.findById(id).orElseThrow();
        List<ResultsBulletinDocument.Scored> units = files.campaign(campaign);
        if (!user.seesAllUnits()) {
            if (units.stream().noneMatch(u -> user.belongsTo(u.unit().getUnit().getCode()))) {
                throw new AccessDeniedException(NO_CAMPAIGN_ACCESS);
            }
            if (campaign.getResultsStatus() != ReviewStatus.APPROVED) {
                throw new AccessDeniedException(BULLETIN_NOT_ISSUED);
            }
        }
        ResultsBulletinDocument.write(campaign, properties.getBureauName(), units).send(response,
                "结果通报-" + DocxWriter.fileSafe(campaign.getName()) + ".docx", "results-bulletin.docx");
    }
}
