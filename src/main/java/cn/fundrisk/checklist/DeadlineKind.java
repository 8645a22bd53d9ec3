package cn.fundrisk.checklist;

/** How an item's 完成时限 reads by machine. */
public enum DeadlineKind {
    /** "N月底前": end of month N of the campaign year. */
    MONTH_END,
    /** 长期坚持 / 长期 / 全面推进: no date of its own; the phase deadline applies. */
    LONG_TERM,
    /** item 6: a monthly duty. */
    MONTHLY,
    /** lost in the source. */
    NONE
}
