package cn.fundrisk.process;

/** Keys of display values shared by many forms (see forms/). */
public final class FormKeys {
    public static final String CAMPAIGN_NAME = "campaignName";
    public static final String UNIT_NAME = "unitName";
    public static final String DETAIL_URL = "detailUrl";
    public static final String EVIDENCE_URL = "evidenceUrl";
    public static final String REVIEW_COMMENT = "reviewComment";
    public static final String REVIEW_SUBJECT = "reviewSubject";
    public static final String REVIEW_CONTENT = "reviewContent";
    public static final String REPORT_TITLE = "reportTitle";
    public static final String REPORT_HINT = "reportHint";
    public static final String REPORT_TEXT = "reportText";

    /** selfScore&lt;n&gt;, score&lt;n&gt;, reason&lt;n&gt;: what the summary and score-sheet forms submit for item n. */
    public static String selfScore(int itemNo) {
        return "selfScore" + itemNo;
    }

    public static String score(int itemNo) {
        return "score" + itemNo;
    }

    public static String reason(int itemNo) {
        return "reason" + itemNo;
    }

    private FormKeys() {
    }
}
