package cn.fundrisk.process;

/** Texts of users and of the catalogue placed into the markdown that forms render: shown as written. */
public final class Markdown {

    private Markdown() {
    }

    /** Markdown's special characters escaped, so a name or an item text never turns into markup or a link. */
    public static String escape(String text) {
        return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]()<>#|~!])", "\\\\$1");
    }

    /** Text safe inside a markdown table cell: one line, pipes escaped. */
    public static String cell(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return text.strip().replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }
}
