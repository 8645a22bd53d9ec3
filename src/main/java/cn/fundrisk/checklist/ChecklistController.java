package cn.fundrisk.checklist;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.identity.UnitKind;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assessment table (任务分解及考核表) as loaded, and the office's completion of the rows whose
 * text the source lost (items 27 and 29 entirely, item 7's task text).
 */
@RestController
@RequestMapping("/api/checklist")
public class ChecklistController {

    /** Item 7 survived without its task text; the office may supply it once (the other columns stay). */
    static final int ITEM_WITHOUT_TASK_TEXT = 7;

    private final CatalogueItems catalogue;
    private final Categories categories;

    public ChecklistController(CatalogueItems catalogue, Categories categories) {
        this.catalogue = catalogue;
        this.categories = categories;
    }

    public record ItemView(int itemNo, int categoryNo, String categoryNumeral, String categoryName,
            boolean highRisk, String taskText, String requirement, String deadlineText, DeadlineKind deadlineKind,
            Integer deadlineMonth, int points, String scope, String responsibleText, List<UnitKind> appliesTo,
            boolean placeholder, String sourceNote, String updatedBy, OffsetDateTime updatedAt) {

        static ItemView of(CatalogueItem item) {
            Category category = item.getCategory();
            return new ItemView(item.getItemNo(), category.getCategoryNo(), category.getNumeral(),
                    category.getName(), category.isHighRisk(), item.getTaskText(), item.getRequirement(),
                    item.getDeadlineText(), item.getDeadlineKind(), item.getDeadlineMonth(), item.getPoints(),
                    item.getScope(), item.getResponsibleText(), item.getApplicability().kinds(),
                    item.isPlaceholder(), item.getSourceNote(), item.getUpdatedBy(), local(item.getUpdatedAt()));
        }
    }

    public record CategoryView(int categoryNo, String numeral, String name, int points, boolean highRisk) {

        static CategoryView of(Category category) {
            return new CategoryView(category.getCategoryNo(), category.getNumeral(), category.getName(),
                    category.getPoints(), category.isHighRisk());
        }
    }

    /** The office's text for an item lost in the source. */
    public record Completion(String taskText, String requirement, String deadlineText, String responsibleText) {
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
    public ItemView complete(@PathVariable int itemNo, @RequestBody(required = false) Completion body) {
        CurrentUser user = CurrentUser.get();
        user.requireOffice("只有领导小组办公室可以补全考核事项");
        CatalogueItem item = catalogue.findById(itemNo).orElseThrow();
        Completion text = checked(body == null ? new Completion(null, null, null, null) : body);
        if (item.isPlaceholder()) {
            item.complete(text.taskText(), text.requirement(), text.deadlineText(), text.responsibleText(),
                    user.id(), Clock.now());
        } else if (itemNo == ITEM_WITHOUT_TASK_TEXT && item.getUpdatedAt() == null) {
            keepsSurvivingText(item, text);
            item.complete(text.taskText(), item.getRequirement(), item.getDeadlineText(), item.getResponsibleText(),
                    user.id(), Clock.now());
        } else {
            throw new InputRejectedException("只能补全原文缺失的事项");
        }
        return ItemView.of(item);
    }

    static Completion checked(Completion body) {
        return new Completion(required(body.taskText(), 2000, "任务内容"),
                required(body.requirement(), 2000, "工作要求"),
                required(body.deadlineText(), 50, "完成时限"),
                required(body.responsibleText(), 200, "责任单位"));
    }

    private static String required(String value, int maxLength, String label) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InputRejectedException("请填写" + label);
        }
        if (text.length() > maxLength) {
            throw new InputRejectedException(label + "过长：最多 " + maxLength + " 个字符，当前 " + text.length() + " 个");
        }
        return text;
    }

    /** Only item 7's task text was lost; its requirement, time limit and units are the source's. */
    private static void keepsSurvivingText(CatalogueItem item, Completion text) {
        if (!Objects.equals(text.requirement(), item.getRequirement())
                || !Objects.equals(text.deadlineText(), item.getDeadlineText())
                || !Objects.equals(text.responsibleText(), item.getResponsibleText())) {
            throw new InputRejectedException("事项 " + ITEM_WITHOUT_TASK_TEXT
                    + " 只能补全任务内容；工作要求、完成时限和责任单位以原文为准，不能修改");
        }
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(Clock.ZONE).toOffsetDateTime();
    }
}
