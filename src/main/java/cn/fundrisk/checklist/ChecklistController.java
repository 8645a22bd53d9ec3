package cn.fundrisk.checklist;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.identity.UnitKind;
import cn.fundrisk.process.Clock;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assessment table (任务分解及考核表) as loaded, and the office's resolution of the placeholders
 * (items whose text the source lost: 7, 27, 29): complete one, or mark it 不计分 with a reason.
 */
@RestController
@RequestMapping("/api/checklist")
public class ChecklistController {

    static final String ONLY_OFFICE = "只有领导小组办公室可以补全考核事项";

    private final CatalogueItems catalogue;
    private final Categories categories;
    private final Catalogue rules;

    public ChecklistController(CatalogueItems catalogue, Categories categories, Catalogue rules) {
        this.catalogue = catalogue;
        this.categories = categories;
        this.rules = rules;
    }

    public record ItemView(int itemNo, int categoryNo, String categoryNumeral, String categoryName,
            boolean highRisk, String taskText, String requirement, String deadlineText, DeadlineKind deadlineKind,
            Integer deadlineMonth, int points, String scope, String responsibleText, List<UnitKind> appliesTo,
            boolean placeholder, List<String> keptFromSource, boolean unresolved, boolean scored,
            String notScoredReason, String notScoredBy, OffsetDateTime notScoredAt, String sourceNote,
            String updatedBy, OffsetDateTime updatedAt) {

        static ItemView of(CatalogueItem item) {
            Category category = item.getCategory();
            return new ItemView(item.getItemNo(), category.getCategoryNo(), category.getNumeral(),
                    category.getName(), category.isHighRisk(), item.getTaskText(), item.getRequirement(),
                    item.getDeadlineText(), item.getDeadlineKind(), item.getDeadlineMonth(), item.getPoints(),
                    item.getScope(), item.getResponsibleText(), item.getApplicability().kinds(),
                    item.isPlaceholder(), item.keptFields(), item.isUnresolved(), item.isScored(),
                    item.getNotScoredReason(),
                    item.getNotScoredBy(), local(item.getNotScoredAt()), item.getSourceNote(), item.getUpdatedBy(),
                    local(item.getUpdatedAt()));
        }
    }

    public record CategoryView(int categoryNo, String numeral, String name, int points, boolean highRisk) {

        static CategoryView of(Category category) {
            return new CategoryView(category.getCategoryNo(), category.getNumeral(), category.getName(),
                    category.getPoints(), category.isHighRisk());
        }
    }

    /** The office's reason for leaving a placeholder out of the assessment. */
    public record NotScored(String reason) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    public List<ItemView> items() {
        return catalogue.findAllOrdered().stream().map(ItemView::of).toList();
    }

    @GetMapping("/categories")
    @Transactional(readOnly = true)
    public List<CategoryView> categories() {
        return categories.findAll(Sort.by("categoryNo")).stream().map(CategoryView::of).toList();
    }

    @PutMapping("/{itemNo}")
    @Transactional
    public ItemView complete(@PathVariable int itemNo, @RequestBody(required = false) Completion.Request body) {
        CurrentUser user = office();
        return ItemView.of(rules.complete(itemNo, body, user.id()));
    }

    @PutMapping("/{itemNo}/not-scored")
    @Transactional
    public ItemView markNotScored(@PathVariable int itemNo, @RequestBody(required = false) NotScored body) {
        CurrentUser user = office();
        return ItemView.of(rules.markNotScored(itemNo, body == null ? null : body.reason(), user.id()));
    }

    @DeleteMapping("/{itemNo}/not-scored")
    @Transactional
    public ItemView withdrawNotScored(@PathVariable int itemNo) {
        office();
        return ItemView.of(rules.withdrawNotScored(itemNo));
    }

    private static CurrentUser office() {
        CurrentUser user = CurrentUser.get();
        user.requireOffice(ONLY_OFFICE);
        return user;
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(Clock.ZONE).toOffsetDateTime();
    }
}
