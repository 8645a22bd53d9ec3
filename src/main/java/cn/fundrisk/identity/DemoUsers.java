package cn.fundrisk.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo accounts (profile demo only): office, leader, inspector1, inspector2, supervisor1 (fund supervision),
 * the administrator admin (camunda-admin: administration is not office work) and, per default unit,
 * &lt;code&gt;-staff and &lt;code&gt;-head. Every password is "demo", seeded past the password policy (the engine's own
 * switch for it, IdentityServiceImpl.saveUser(user, true)); any password set later must meet it
 * (docs/security.md). Idempotent: existing users are left alone.
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
        user(OFFICE, "办公室", "王", List.of(Groups.OFFICE));
        if (identityService.createUserQuery().userId(OFFICE).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            // a demo data folder from before: the office was an administrator then
            identityService.deleteMembership(OFFICE, Groups.CAMUNDA_ADMIN);
        }
        user(ADMIN, "管理员", "系统", List.of(Groups.CAMUNDA_ADMIN));
        user(LEADER, "领导", "李", List.of(Groups.LEADERS));
        user(INSPECTOR_1, "检查员一", "张", List.of(Groups.INSPECTORS));
        user(INSPECTOR_2, "检查员二", "赵", List.of(Groups.INSPECTORS));
        user(SUPERVISOR_1, "基金监督员", "孙", List.of(Groups.FUND_SUPERVISION));
        for (Unit unit : units.findByActiveTrueOrderBySortOrder()) {
            BaseGroups.create(identityService, Unit.staffGroup(unit.getCode()), unit.getName() + " 经办人员", "UNIT");
            BaseGroups.create(identityService, Unit.headGroup(unit.getCode()), unit.getName() + " 单位负责人", "UNIT");
            if (unit.isDefaultParticipant()) {
                user(staffUser(unit.getCode()), "经办人员", unit.getName(), List.of(Unit.staffGroup(unit.getCode())));
                user(headUser(unit.getCode()), "负责人", unit.getName(), List.of(Unit.headGroup(unit.getCode())));
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
