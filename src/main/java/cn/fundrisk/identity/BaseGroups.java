package cn.fundrisk.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * The groups every installation has, created when missing: the models' office, leaders, inspectors and
 * fund-supervision, and camunda-admin.
 */
final class BaseGroups {

    private BaseGroups() {
    }

    static void create(IdentityService identityService) {
        create(identityService, Groups.OFFICE, "领导小组办公室（规划与基金监督科）", "WORKFLOW");
        create(identityService, Groups.LEADERS, "社会保险基金管理风险防控工作领导小组", "WORKFLOW");
        create(identityService, Groups.INSPECTORS, "检查评估人员", "WORKFLOW");
        create(identityService, Groups.FUND_SUPERVISION, "基金监督（内控稽核月报审核）", "WORKFLOW");
        create(identityService, Groups.CAMUNDA_ADMIN, "系统管理员", "SYSTEM");
    }

    /** Creates the group when no group has its id; an existing group is left as it is. */
    static void create(IdentityService identityService, String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }
}
