package cn.fundrisk.checklist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.fundrisk.identity.UnitKind;

/**
 * A unit's items of the assessment table grouped by category, as the self-score (总结报告) and the
 * score-sheet forms, their review tables and the report documents show them. Every label and point
 * comes from the campaign's catalogue snapshot (campaign_item) and the categories table: the forms
 * hold none (they read the variable {@link ItemSheetForm#SHEET}). A line is an item the unit is
 * assessed on, or an item of its kind the office marked 不计分, shown with the reason and counted nowhere.
 */
public final class ItemSheet {

    /** What was entered for an item so far: the unit's self-score, the inspector's score and reason. */
    public record Entered(BigDecimal selfScore, BigDecimal score, String reason) {
        public static final Entered NONE = new Entered(null, null, null);
    }

    /** One item of the sheet. */
    public record Line(CampaignItem item, Entered entered) {

        public int itemNo() {
            return item.getItemNo();
        }

        public boolean scored() {
            return item.isScored();
        }

        public int points() {
            return item.getPoints();
        }

        /** The task text's first clause, a title short enough for one line of a form: 完善社会保险基金管理风险内部控制制度… */
        public String title() {
            return ItemSheet.title(item.getTaskText());
        }
    }

    /** The lines of one category, with its heading: 一、落实制约机制，健全内控体系（高级）. */
    public record Group(int categoryNo, String heading, List<Line> lines) {

        /** Points of the scored lines: what the category's subtotal is out of. */
        public int points() {
            return lines.stream().filter(Line::scored).mapToInt(Line::points).sum();
        }

        public BigDecimal selfScore() {
            return sum(lines, true);
        }

        public BigDecimal score() {
            return sum(lines, false);
        }
    }

    static final int TITLE_LENGTH = 40;
    private static final int MIN_CLAUSE = 4;

    private final List<Group> groups;

    private ItemSheet(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    /**
     * The sheet of a unit of the kind: the items it is assessed on (the keys of {@code assessed}: its
     * item assessments) and the items of its kind marked 不计分, in the order of the table.
     */
    public static ItemSheet of(List<CampaignItem> items, Map<Integer, Category> categories, UnitKind kind,
            Map<Integer, Entered> assessed) {
        Map<Integer, List<Line>> byCategory = new LinkedHashMap<>();
        items.stream().sorted((a, b) -> a.getCategoryNo() != b.getCategoryNo()
                ? Integer.compare(a.getCategoryNo(), b.getCategoryNo()) : Integer.compare(a.getItemNo(), b.getItemNo()))
                .forEach(item -> {
                    boolean shown = assessed.containsKey(item.getItemNo())
                            || (!item.isScored() && item.getApplicability().appliesTo(kind));
                    if (shown) {
                        byCategory.computeIfAbsent(item.getCategoryNo(), no -> new ArrayList<>())
                                .add(new Line(item, assessed.getOrDefault(item.getItemNo(), Entered.NONE)));
                    }
                });
        List<Group> groups = new ArrayList<>();
        byCategory.forEach((no, lines) -> groups.add(new Group(no, heading(categories.get(no), lines.get(0).item()),
                List.copyOf(lines))));
        return new ItemSheet(groups);
    }

    /** The first clause of a text (up to the first ，。；, at most {@value #TITLE_LENGTH} characters), … when cut. */
    public static String title(String text) {
        String flat = text == null ? "" : text.strip();
        int end = flat.length();
        for (int i = MIN_CLAUSE; i < flat.length(); i++) {
            if ("，。；;,".indexOf(flat.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        end = Math.min(end, TITLE_LENGTH);
        return end >= flat.length() ? flat : flat.substring(0, end) + "…";
    }

    /** 一、落实制约机制，健全内控体系（高级）: numeral and name from the categories table, 高级 if high risk. */
    public static String heading(Category category, CampaignItem item) {
        if (category == null) {
            return item.getCategoryName();
        }
        return category.getNumeral() + "、" + item.getCategoryName() + (category.isHighRisk() ? "（高级）" : "");
    }

    public List<Group> groups() {
        return groups;
    }

    public List<Line> lines() {
        return groups.stream().flatMap(g -> g.lines().stream()).toList();
    }

    /** Item numbers of the scored lines. */
    public Set<Integer> scoredItems() {
        return lines().stream().filter(Line::scored).map(Line::itemNo)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** Points of every scored line: what the total is out of (适用分值). */
    public int points() {
        return groups.stream().mapToInt(Group::points).sum();
    }

    public BigDecimal selfScore() {
        return sum(lines(), true);
    }

    public BigDecimal score() {
        return sum(lines(), false);
    }

    /** The sum of what was entered on the scored lines; null while nothing was. */
    private static BigDecimal sum(List<Line> lines, boolean self) {
        BigDecimal total = null;
        for (Line line : lines) {
            BigDecimal value = self ? line.entered().selfScore() : line.entered().score();
            if (line.scored() && value != null) {
                total = total == null ? value : total.add(value);
            }
        }
        return total;
    }
}
