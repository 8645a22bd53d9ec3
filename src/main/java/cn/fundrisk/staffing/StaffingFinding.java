package cn.fundrisk.staffing;

/**
 * What the check of a staffing table found: the item of 附件1 it concerns (3, 5 or 14), the person,
 * and a Chinese sentence naming both, e.g. 张三同时担任会计和出纳（不相容岗位，第3项）.
 */
public record StaffingFinding(int itemNo, String name, String message) {
}
