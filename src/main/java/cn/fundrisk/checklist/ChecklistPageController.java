package cn.fundrisk.checklist;

import java.util.List;

import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.identity.UnitKind;
import cn.fundrisk.process.InputRejectedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page 考核表 (/checklist): the 31 items as loaded, every logged-in user reads it; the office
 * resolves the placeholders there before a campaign starts: completes one, or marks it 不计分 with a
 * reason, or takes that back. A refusal shows the page again with its Chinese message (400), nothing saved.
 */
@Controller
public class ChecklistPageController {

    static final String PAGE = "/checklist";

    private final CatalogueItems catalogue;
    private final Catalogue rules;

    public ChecklistPageController(CatalogueItems catalogue, Catalogue rules) {
        this.catalogue = catalogue;
        this.rules = rules;
    }

    @GetMapping(PAGE)
    @Transactional(readOnly = true)
    public String page(Model model) {
        return show(model);
    }

    private String show(Model model) {
        List<ChecklistController.ItemView> items = catalogue.findAllOrdered().stream()
                .map(ChecklistController.ItemView::of).toList();
        model.addAttribute("items", items);
        model.addAttribute("unresolved", items.stream().filter(ChecklistController.ItemView::unresolved)
                .map(ChecklistController.ItemView::itemNo).toList());
        model.addAttribute("office", CurrentUser.get().isOffice());
        model.addAttribute("kinds", UnitKind.values());
        return "checklist";
    }

    @PostMapping(PAGE + "/{itemNo}/complete")
    @Transactional
    public String complete(@PathVariable int itemNo, @RequestParam(required = false) String taskText,
            @RequestParam(required = false) String requirement, @RequestParam(required = false) String deadlineText,
            @RequestParam(required = false) String scope, @RequestParam(required = false) String responsibleText,
            @RequestParam(required = false) List<String> appliesTo, RedirectAttributes redirect, Model model,
            HttpServletResponse response) {
        return act(redirect, model, response, itemNo, "已补全第" + itemNo + "项", () -> rules.complete(itemNo, new Completion.Request(
                taskText, requirement, deadlineText, scope, responsibleText, appliesTo), office()));
    }

    @PostMapping(PAGE + "/{itemNo}/not-scored")
    @Transactional
    public String markNotScored(@PathVariable int itemNo, @RequestParam(required = false) String reason,
            RedirectAttributes redirect, Model model, HttpServletResponse response) {
        return act(redirect, model, response, itemNo, "第" + itemNo + "项已标记为不计分",
                () -> rules.markNotScored(itemNo, reason, office()));
    }

    @PostMapping(PAGE + "/{itemNo}/not-scored/withdraw")
    @Transactional
    public String withdrawNotScored(@PathVariable int itemNo, RedirectAttributes redirect, Model model,
            HttpServletResponse response) {
        return act(redirect, model, response, itemNo, "已撤销第" + itemNo + "项的不计分标记", () -> {
            office();
            return rules.withdrawNotScored(itemNo);
        });
    }

    private interface Action {
        CatalogueItem run();
    }

    /**
     * Runs the office's change and goes back to the page; a refusal shows the page again with the
     * Chinese message (400), the transaction rolled back, nothing saved.
     */
    private String act(RedirectAttributes redirect, Model model, HttpServletResponse response, int itemNo,
            String done, Action action) {
        try {
            action.run();
        } catch (InputRejectedException e) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", "第" + itemNo + "项：" + e.getMessage() + "。未作任何修改。");
            return show(model);
        }
        redirect.addFlashAttribute("message", done);
        return "redirect:" + PAGE + "#item-" + itemNo;
    }

    private static String office() {
        CurrentUser user = CurrentUser.get();
        user.requireOffice(ChecklistController.ONLY_OFFICE);
        return user.id();
    }
}
