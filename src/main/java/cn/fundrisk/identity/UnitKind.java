package cn.fundrisk.identity;

/** What kind of responsible unit (责任单位) a unit is; decides which catalogue items apply. */
public enum UnitKind {
    /** 市本级社保经办机构 */
    AGENCY("市本级经办机构"),
    /** 市人力资源和社会保障信息中心: shares the IT items */
    INFO_CENTRE("信息中心"),
    /** 各县（区）人社局, 九华山风景区社会保障局 */
    COUNTY("县区人社局"),
    /** 市人社局 itself: items 26, 30, 31 */
    BUREAU("市人社局");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    /** The Chinese name shown on our pages. */
    public String label() {
        return label;
    }
}
