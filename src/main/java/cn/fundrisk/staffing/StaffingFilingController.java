package cn.fundrisk.staffing;

import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.Links;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 备案 of the staffing table from the staffing page (报送备案) or by REST: the unit's staff or head
 * completes the unit's open filing task; anyone who may see the unit reads the filing's state.
 */
@Controller
public class StaffingFilingController {

    public record FilingRequest(String note) {
    }

    private final StaffingFiling filing;

    public StaffingFilingController(StaffingFiling filing) {
        this.filing = filing;
    }

    @GetMapping("/api/campaign-units/{campaignUnitId}/staffing/filing")
    @ResponseBody
    @Transactional(readOnly = true)
    public StaffingFiling.Status status(@PathVariable Long campaignUnitId) {
        return visibleStatus(campaignUnitId);
    }

    @PostMapping("/api/campaign-units/{campaignUnitId}/staffing/filing")
    @ResponseBody
    @Transactional
    public StaffingFiling.Status file(@PathVariable Long campaignUnitId,
            @RequestBody(required = false) FilingRequest request) {
        filing.fileFromPage(campaignUnitId, CurrentUser.get(), request == null ? null : request.note());
        return filing.status(campaignUnitId);
    }

    @PostMapping("/units/{campaignUnitId}/staffing/filing")
    @Transactional
    public String fileFromPage(@PathVariable Long campaignUnitId, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            filing.fileFromPage(campaignUnitId, CurrentUser.get(), note);
            redirect.addFlashAttribute("message", "已报送备案，待领导小组办公室签收");
        } catch (InputRejectedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + Links.staffing(campaignUnitId);
    }

    private StaffingFiling.Status visibleStatus(Long campaignUnitId) {
        filing.requireVisible(campaignUnitId, CurrentUser.get());
        return filing.status(campaignUnitId);
    }

    /** The staffing page shows the filing's state and the 报送备案 button (templates/staffing-filing.html). */
    @ControllerAdvice(assignableTypes = StaffingController.class)
    static class PageModel {

        private final StaffingFiling filing;

        PageModel(StaffingFiling filing) {
            this.filing = filing;
        }

        @ModelAttribute("filing")
        StaffingFiling.Status filing(@PathVariable Long campaignUnitId) {
            return filing.status(campaignUnitId);
        }
    }
}
