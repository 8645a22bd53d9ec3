package cn.fundrisk.staffing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.fundrisk.identity.AccessDeniedException;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.Links;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staffing table (附件2 经办机构人员分工、岗位职责情况表) of a unit in a campaign: a page to fill it
 * in and the same for REST clients. Saving replaces the whole table; the answer carries the findings.
 */
@Controller
public class StaffingController {

    /** Form fields of the page: "row" lists the rows' keys; each row's fields are named field-key. */
    static final String ROW = "row";

    private final StaffingTables tables;

    public StaffingController(StaffingTables tables) {
        this.tables = tables;
    }

    @GetMapping("/units/{campaignUnitId}/staffing")
    @Transactional(readOnly = true)
    public String page(@PathVariable Long campaignUnitId, Model model) {
        return show(tables.view(campaignUnitId, CurrentUser.get()), model);
    }

    @PostMapping("/units/{campaignUnitId}/staffing")
    @Transactional
    public String save(@PathVariable Long campaignUnitId, @RequestParam MultiValueMap<String, String> form,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = CurrentUser.get();
        StaffingTable current = tables.view(campaignUnitId, user);
        if (!current.editable()) {
            throw new AccessDeniedException(StaffingTables.ONLY_OWN_UNIT);
        }
        List<StaffRow> rows = new ArrayList<>();
        try {
            rows(form, rows);
            StaffingTable saved = tables.replace(campaignUnitId, rows, user);
            redirect.addFlashAttribute("message", "已保存 " + saved.staff().size() + " 名人员");
            return "redirect:" + Links.staffing(campaignUnitId);
        } catch (InputRejectedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage() + "。本次填写的内容均未保存，请修改后重新保存。");
            return show(current.withStaff(rows), model);
        }
    }

    @GetMapping("/api/campaign-units/{campaignUnitId}/staffing")
    @ResponseBody
    @Transactional(readOnly = true)
    public StaffingTable get(@PathVariable Long campaignUnitId) {
        return tables.view(campaignUnitId, CurrentUser.get());
    }

    @PutMapping("/api/campaign-units/{campaignUnitId}/staffing")
    @ResponseBody
    @Transactional
    public StaffingTable put(@PathVariable Long campaignUnitId,
            @RequestBody(required = false) List<StaffRow> rows) {
        return tables.replace(campaignUnitId, rows, CurrentUser.get());
    }

    /**
     * Reads the page's rows into the list, in their order, dropping rows left entirely empty; a years
     * value that is no number is rejected after all rows are read, so the page can show them again.
     */
    static void rows(MultiValueMap<String, String> form, List<StaffRow> into) {
        String badYears = null;
        for (String key : form.getOrDefault(ROW, List.of())) {
            String yearsText = form.getFirst("years-" + key);
            BigDecimal years = null;
            if (yearsText != null && !yearsText.isBlank()) {
                try {
                    years = new BigDecimal(yearsText.strip());
                } catch (NumberFormatException e) {
                    badYears = badYears != null ? badYears : "第" + (into.size() + 1) + "行：任职年限应为数字";
                }
            }
            StaffRow row = new StaffRow(form.getFirst("name-" + key), form.getFirst("department-" + key),
                    form.getOrDefault("positions-" + key, List.of()),
                    form.getFirst("duties-" + key), form.containsKey("formal-" + key), years);
            if (!row.isBlank() || (yearsText != null && !yearsText.isBlank())) {
                into.add(row);
            }
        }
        if (badYears != null) {
            throw new InputRejectedException(badYears);
        }
    }

    private String show(StaffingTable table, Model model) {
        model.addAttribute("table", table);
        model.addAttribute("positions", Position.values());
        return "staffing";
    }
}
