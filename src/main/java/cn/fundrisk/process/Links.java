package cn.fundrisk.process;

import java.util.Locale;

import cn.fundrisk.evidence.Evidence;

/** Links placed in task forms: to our own pages, same origin as Tasklist. */
public final class Links {

    /** A task opened in Tasklist: this prefix and the task's id. */
    public static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

    private Links() {
    }

    public static String campaign(Long campaignId) {
        return "/campaigns/" + campaignId;
    }

    public static String unit(Long campaignUnitId) {
        return "/units/" + campaignUnitId;
    }

    /** The staffing table (附件2) of a unit in a campaign. */
    public static String staffing(Long campaignUnitId) {
        return "/units/" + campaignUnitId + "/staffing";
    }

    public static String evidence(Evidence.OwnerType ownerType, Long ownerId) {
        return "/evidence/" + ownerType.name().toLowerCase(Locale.ROOT) + "/" + ownerId;
    }
}
