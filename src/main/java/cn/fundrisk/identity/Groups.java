package cn.fundrisk.identity;

/** Camunda group ids used as candidate groups in the models. */
public final class Groups {
    public static final String OFFICE = "office";
    public static final String LEADERS = "leaders";
    public static final String INSPECTORS = "inspectors";
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private Groups() {
    }
}
