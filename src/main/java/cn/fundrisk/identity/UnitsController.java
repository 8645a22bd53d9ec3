package cn.fundrisk.identity;

import java.util.List;

import cn.fundrisk.identity.UnitDirectory.UnitInput;
import cn.fundrisk.identity.UnitDirectory.UnitSummary;
import cn.fundrisk.process.InputRejectedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 单位与人员: the unit list and the members of each unit's Camunda groups, for the office, the
 * leaders and the inspectors; the office edits the list (page forms and /api/units). Users and
 * memberships are managed in Camunda Admin; this page shows the result.
 */
@Controller
public class UnitsController {

    private final UnitDirectory directory;

    public UnitsController(UnitDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/units")
    public String page(Model model) {
        return show(CurrentUser.get(), model);
    }

    /** The page's form to add a unit; on bad input the page comes back with the message and the values. */
    @PostMapping("/units")
    public String add(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String defaultParticipant,
            @RequestParam(required = false) String contactEmail, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        CurrentUser user = CurrentUser.get();
        UnitInput input = new UnitInput(code, name, kind, defaultParticipant != null, true, contactEmail);
        try {
            UnitSummary added = directory.create(input, user);
            redirect.addFlashAttribute("message", "已新增单位：" + added.name() + "（" + added.code() + "）");
            return "redirect:/units";
        } catch (InputRejectedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage() + "。未保存。");
            model.addAttribute("draft", input);
            return show(user, model);
        }
    }

    /** The page's form to change a unit; unchecked boxes mean no. */
    @PostMapping("/units/{code}")
    public String change(@PathVariable String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String defaultParticipant,
            @RequestParam(required = false) String active, @RequestParam(required = false) String contactEmail,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = CurrentUser.get();
        try {
            UnitSummary saved = directory.update(code, new UnitInput(null, name, kind, defaultParticipant != null,
                    active != null, contactEmail), user);
            redirect.addFlashAttribute("message", "已保存单位：" + saved.name() + "（" + saved.code() + "）");
            return "redirect:/units";
        } catch (InputRejectedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", "单位 " + code + "：" + e.getMessage() + "。未保存。");
            return show(user, model);
        }
    }

    @GetMapping("/api/units")
    @ResponseBody
    public List<UnitSummary> list() {
        return directory.summaries();
    }

    @GetMapping("/api/units/{code}")
    @ResponseBody
    public UnitSummary one(@PathVariable String code) {
        return directory.summary(code);
    }

    @PostMapping("/api/units")
    @ResponseBody
    public ResponseEntity<UnitSummary> create(@RequestBody UnitInput input) {
        UnitSummary created = directory.create(input, CurrentUser.get());
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/units/" + created.code())
                .body(created);
    }

    @PutMapping("/api/units/{code}")
    @ResponseBody
    public UnitSummary update(@PathVariable String code, @RequestBody UnitInput input) {
        return directory.update(code, input, CurrentUser.get());
    }

    /** Only the fields given change: {@code {"contactEmail": "ldj@rsj.example.gov.cn"}}; "" clears the address. */
    @PatchMapping("/api/units/{code}")
    @ResponseBody
    public UnitSummary patch(@PathVariable String code, @RequestBody UnitInput input) {
        return directory.patch(code, input, CurrentUser.get());
    }

    private String show(CurrentUser user, Model model) {
        if (!user.seesAllUnits()) {
            throw new AccessDeniedException(UnitDirectory.NO_ACCESS);
        }
        model.addAttribute("units", directory.rows());
        model.addAttribute("wideGroups", directory.campaignWideGroups());
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("office", user.isOffice());
        model.addAttribute("directoryWritable", directory.directoryWritable());
        model.addAttribute("adminGroups", UnitDirectory.ADMIN_GROUPS);
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new UnitInput("", "", UnitKind.AGENCY.name(), true, true, ""));
        }
        return "units";
    }
}
