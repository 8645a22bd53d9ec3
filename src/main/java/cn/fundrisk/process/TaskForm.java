package cn.fundrisk.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Reading and writing a task's form values. A task's create listener declares the keys its form
 * submits as task-local variables, so that a submitted form lands on the task, not on the process
 * (parallel tasks never overwrite each other); its complete listener reads them, checks them and
 * writes them to our tables.
 */
public final class TaskForm {

    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";
    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";
    /**
     * A form's text travels as a Camunda string variable, which the engine stores (runtime and
     * history) in VARCHAR(4000): the longest text a form may submit (docs/bad-input.md).
     */
    public static final int MAX_TEXT = 4000;
    public static final int MAX_SHORT_TEXT = 2000;
    public static final int MAX_COMMENT = 2000;
    /** What a shown value is cut to: the full text stays in our tables and on the unit page. */
    static final String CUT = "……（内容过长，此处只显示开头，全文见单位页面）";
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT); // 2019-02-30 is no date

    private TaskForm() {
    }

    /** Values for the form to show (and to pre-fill), as task-local variables. */
    public static void show(DelegateTask task, Map<String, ?> values) {
        values.forEach((key, value) -> task.setVariableLocal(key, shown(value)));
        TaskLabels.apply(task, values);
    }

    /** A string the engine can store: composed texts (a report with its table) may exceed {@link #MAX_TEXT}. */
    public static Object shown(Object value) {
        if (value instanceof String text && text.length() > MAX_TEXT) {
            return text.substring(0, MAX_TEXT - CUT.length()) + CUT;
        }
        return value;
    }

    /** Declares the keys the form submits, so they stay task-local. */
    public static void declare(DelegateTask task, String... keys) {
        for (String key : keys) {
            if (!task.hasVariableLocal(key)) {
                task.setVariableLocal(key, null);
            }
        }
    }

    public static String text(DelegateTask task, String key, int maxLength, String label) {
        return text(task.getVariable(key), maxLength, label);
    }

    /** A submitted value (also one inside a form's list) as text, blank as null, at most maxLength. */
    public static String text(Object value, int maxLength, String label) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > maxLength) {
            throw new InputRejectedException(label + "过长：最多 " + maxLength + " 个字符，当前 " + text.length() + " 个");
        }
        return text;
    }

    public static String requiredText(DelegateTask task, String key, int maxLength, String label) {
        String text = text(task, key, maxLength, label);
        if (text == null) {
            throw new InputRejectedException("请填写" + label);
        }
        return text;
    }

    public static <E extends Enum<E>> E choice(DelegateTask task, String key, Class<E> type, String label) {
        String value = requiredChoiceText(task, key, label);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException(label + "的取值无效：" + value);
        }
    }

    private static String requiredChoiceText(DelegateTask task, String key, String label) {
        Object value = task.getVariable(key);
        if (value == null || value.toString().isBlank()) {
            throw new InputRejectedException("请选择" + label);
        }
        return value.toString().strip();
    }

    /** A number within [0, max], at most one decimal place. */
    public static BigDecimal score(DelegateTask task, String key, int max, String label) {
        return score(task.getVariable(key), max, label);
    }

    /** A submitted value (also one inside a form's list) as a score within [0, max], one decimal place at most. */
    public static BigDecimal score(Object value, int max, String label) {
        if (value == null || value.toString().isBlank()) {
            throw new InputRejectedException("请填写" + label);
        }
        BigDecimal score;
        try {
            score = new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InputRejectedException(label + "必须是数字，当前为「" + value + "」");
        }
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InputRejectedException(label + "须在 0 至 " + max + " 分之间，当前为 " + score.toPlainString());
        }
        if (score.scale() > 1 && score.stripTrailingZeros().scale() > 1) {
            throw new InputRejectedException(label + "最多保留一位小数");
        }
        return score.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }

    public static LocalDate date(Object value, String label) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().strip();
        LocalDate date;
        try {
            date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text, DATE);
        } catch (DateTimeParseException e) {
            throw new InputRejectedException(label + "不是有效日期（应为 年-月-日，如 2019-06-30）："
                    + (text.length() > 40 ? text.substring(0, 40) + "…" : text));
        }
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw new InputRejectedException(label + "的年份超出范围（" + MIN_YEAR + " 至 " + MAX_YEAR + " 年）：" + text);
        }
        return date;
    }

    /** The review decision: true to approve; a return needs a comment. */
    public static boolean approved(DelegateTask task) {
        String decision = requiredChoiceText(task, DECISION, "审核意见（同意或退回）");
        String comment = text(task, COMMENT, MAX_COMMENT, "审核说明");
        if (RETURN.equals(decision)) {
            if (comment == null) {
                throw new InputRejectedException("退回时请填写审核说明，告知需要修改的内容");
            }
            return false;
        }
        if (APPROVE.equals(decision)) {
            return true;
        }
        throw new InputRejectedException("审核意见的取值无效：" + decision);
    }

    public static String comment(DelegateTask task) {
        return text(task, COMMENT, MAX_COMMENT, "审核说明");
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
