package cn.fundrisk.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo accounts (profile demo only): office (王芳), leader (李明), inspector1 (张伟), inspector2 (赵敏),
 * supervisor1 (冯雪, fund supervision), the administrator admin (camunda-admin: administration is not office
 * work) and, per default unit, &lt;code&gt;-staff and &lt;code&gt;-head with Chinese names (family name as Camunda's
 * last name). Every password is "demo", seeded past the password policy (the engine's own switch for it,
 * IdentityServiceImpl.saveUser(user, true)); any password set later must meet it (docs/security.md).
 * Idempotent: existing users are left alone.
 */
@Component
@Profile("demo")
public class DemoUsers {

    public static final String PASSWORD = "demo";
    public static final String OFFICE = "office";
    public static final String LEADER = "leader";
    public static final String INSPECTOR_1 = "inspector1";
    public static final String INSPECTOR_2 = "inspector2";
    public static final String ADMIN = "admin";
    public static final String SUPERVISOR_1 = "supervisor1";

    /** Each demo unit's staff member and head, family name first (first name = the rest). */
    static final Map<String, String[]> UNIT_PEOPLE = Map.ofEntries(
            Map.entry("bureau", new String[] { "吕红", "韩东" }),
            Map.entry("ldj", new String[] { "刘洋", "陈刚" }), Map.entry("ylbx", new String[] { "杨静", "黄磊" }),
            Map.entry("gsbx", new String[] { "周婷", "吴强" }), Map.entry("jjzj", new String[] { "徐丽", "孙涛" }),
            Map.entry("xxzx", new String[] { "马超", "朱琳" }), Map.entry("guichi", new String[] { "胡静", "郭勇" }),
            Map.entry("dongzhi", new String[] { "何敏", "高峰" }), Map.entry("shitai", new String[] { "林娜", "罗军" }),
            Map.entry("qingyang", new String[] { "郑洁", "梁斌" }), Map.entry("jiuhuashan", new String[] { "谢芳", "宋杰" }));

    private final IdentityService identityService;
    private final Units units;

    public DemoUsers(IdentityService identityService, Units units) {
        this.identityService = identityService;
        this.units = units;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void create() {
        BaseGroups.create(identityService);
        user(OFFICE, "芳", "王", List.of(Groups.OFFICE));
        if (identityService.createUserQuery().userId(OFFICE).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            // a demo data folder from before: the office was an administrator then
            identityService.deleteMembership(OFFICE, Groups.CAMUNDA_ADMIN);
        }
        user(ADMIN, "管理员", "系统", List.of(Groups.CAMUNDA_ADMIN));
        user(LEADER, "明", "李", List.of(Groups.LEADERS));
        user(INSPECTOR_1, "伟", "张", List.of(Groups.INSPECTORS));
        user(INSPECTOR_2, "敏", "赵", List.of(Groups.INSPECTORS));
        user(SUPERVISOR_1, "雪", "冯", List.of(Groups.FUND_SUPERVISION));
        for (Unit unit : units.findByActiveTrueOrderBySortOrder()) {
            BaseGroups.create(identityService, Unit.staffGroup(unit.getCode()), unit.getName() + " 经办人员", "UNIT");
            BaseGroups.create(identityService, Unit.headGroup(unit.getCode()), unit.getName() + " 单位负责人", "UNIT");
            if (unit.isDefaultParticipant()) {
                String[] names = UNIT_PEOPLE.getOrDefault(unit.getCode(), new String[] { "经办人员", "单位负责人" });
                user(staffUser(unit.getCode()), names[0].substring(1), names[0].substring(0, 1),
                        List.of(Unit.staffGroup(unit.getCode())));
                user(headUser(unit.getCode()), names[1].substring(1), names[1].substring(0, 1),
                        List.of(Unit.headGroup(unit.getCode())));
            }
        }
    }

    public static String staffUser(String unitCode) {
        return unitCode + "-staff";
    }

    public static String headUser(String unitCode) {
        return unitCode + "-head";
    }

    private void user(String id, String firstName, String lastName, List<String> groups) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(id + "@fundrisk.example");
        user.setPassword(PASSWORD);
        ((IdentityServiceImpl) identityService).saveUser(user, true);
        for (String group : new ArrayList<>(groups)) {
            identityService.createMembership(id, group);
        }
    }
}
