package cn.fundrisk.campaign;

/** State of anything that is prepared by one person and reviewed by another. */
public enum ReviewStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED;

    public String label() {
        return switch (this) {
            case DRAFT -> "待填报";
            case SUBMITTED -> "已提交待审核";
            case RETURNED -> "已退回";
            case APPROVED -> "已审核通过";
        };
    }
}
