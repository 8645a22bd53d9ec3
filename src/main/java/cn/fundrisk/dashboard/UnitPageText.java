package cn.fundrisk.dashboard;

/** Short texts for the dashboard's lists. */
final class UnitPageText {

    static final int PREVIEW = 30;

    private UnitPageText() {
    }

    /** The first 30 characters, with an ellipsis when cut. */
    static String preview(String text) {
        if (text == null) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= PREVIEW) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, PREVIEW)) + "…";
    }
}
