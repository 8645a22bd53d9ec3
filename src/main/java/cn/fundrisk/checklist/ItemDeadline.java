package cn.fundrisk.checklist;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.fundrisk.process.InputRejectedException;

/** An item's 完成时限 as written (6月底前, 长期坚持) and as the machine reads it. */
public record ItemDeadline(String text, DeadlineKind kind, Integer month) {

    static final String FORMAT = "完成时限应为“N月底前”（如 6月底前）或“长期坚持”“长期”“全面推进”，当前为「%s」";
    private static final Pattern MONTH_END = Pattern.compile("(\\d{1,2})月底前");
    private static final Set<String> LONG_TERM = Set.of("长期坚持", "长期", "全面推进");

    /** The office's time limit for a completed placeholder; anything else is refused in Chinese. */
    public static ItemDeadline parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new InputRejectedException("请填写完成时限");
        }
        Matcher month = MONTH_END.matcher(text);
        if (month.matches()) {
            int number = Integer.parseInt(month.group(1));
            if (number >= 1 && number <= 12) {
                return new ItemDeadline(text, DeadlineKind.MONTH_END, number);
            }
        }
        if (LONG_TERM.contains(text)) {
            return new ItemDeadline(text, DeadlineKind.LONG_TERM, null);
        }
        throw new InputRejectedException(String.format(FORMAT, text.length() > 20 ? text.substring(0, 20) + "…" : text));
    }

    static ItemDeadline of(CatalogueItem item) {
        return new ItemDeadline(item.getDeadlineText(), item.getDeadlineKind(), item.getDeadlineMonth());
    }
}
