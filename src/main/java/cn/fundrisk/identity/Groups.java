package cn.fundrisk.identity;

/** Camunda group ids used as candidate groups in the models. */
public final class Groups {
    public static final String OFFICE = "office";
    public static final String LEADERS = "leaders";
    public static final String INSPECTORS = "inspectors";
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    /** 基金监督: reviews the units' monthly internal-control audit reports (item 6). */
    public static final String FUND_SUPERVISION = "fund-supervision";

    private Groups() {
    }
}
