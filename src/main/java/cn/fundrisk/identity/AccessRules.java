package cn.fundrisk.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.AUTHORIZATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.GROUP_MEMBERSHIP;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.SYSTEM;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.TENANT;
import static org.camunda.bpm.engine.authorization.Resources.TENANT_MEMBERSHIP;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.List;
import java.util.function.Supplier;

import cn.fundrisk.process.CampaignProcess;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what in the engine (authorization is on). Everyone: Tasklist, the models,
 * the directory. The office, leaders and inspectors: every unit's instances, tasks and history
 * (leaders read-only: they work only the tasks that are theirs as candidates). The office: start
 * campaigns. A unit's groups: their own unit's process instance only (granted when it starts) and
 * the tasks they are candidates for (granted by the engine). Administrators (camunda-admin): the
 * directory and the engine, not units' tasks. Created at start-up when missing.
 */
@Component
public class AccessRules {

    private static final List<String> CAMPAIGN_WIDE = List.of(Groups.OFFICE, Groups.LEADERS, Groups.INSPECTORS,
            Groups.FUND_SUPERVISION);

    private final AuthorizationService authorizations;
    private final IdentityService identityService;

    public AccessRules(AuthorizationService authorizations, IdentityService identityService) {
        this.authorizations = authorizations;
        this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(-10)
    public void grantBaseRules() {
        everyone(APPLICATION, "tasklist", ACCESS);
        everyone(PROCESS_DEFINITION, Authorization.ANY, READ);
        everyone(DEPLOYMENT, Authorization.ANY, READ);
        everyone(USER, Authorization.ANY, READ);
        everyone(GROUP, Authorization.ANY, READ);
        for (String group : CAMPAIGN_WIDE) {
            grant(group, APPLICATION, "cockpit", ACCESS);
            grant(group, PROCESS_DEFINITION, Authorization.ANY, READ, READ_INSTANCE, READ_HISTORY);
            grant(group, PROCESS_INSTANCE, Authorization.ANY, READ);
            grant(group, TASK, Authorization.ANY, READ);
        }
        grant(Groups.OFFICE, PROCESS_DEFINITION, CampaignProcess.KEY, READ, CREATE_INSTANCE);
        grant(Groups.OFFICE, PROCESS_INSTANCE, Authorization.ANY, READ, CREATE);
        grantAdministrators();
    }

    /**
     * Administrators manage users, groups, memberships, filters and the engine (Admin, Cockpit),
     * and may repair instances (retry jobs, resolve incidents), but they do not work units' tasks:
     * that stays with the task's candidates (segregation of duties).
     */
    private void grantAdministrators() {
        for (Resource resource : List.of(APPLICATION, USER, GROUP, GROUP_MEMBERSHIP, AUTHORIZATION, FILTER, TENANT,
                TENANT_MEMBERSHIP, SYSTEM, DEPLOYMENT, BATCH, OPERATION_LOG_CATEGORY, PROCESS_INSTANCE)) {
            grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, ALL);
        }
        grant(Groups.CAMUNDA_ADMIN, PROCESS_DEFINITION, Authorization.ANY, READ, READ_INSTANCE, READ_HISTORY,
                UPDATE_INSTANCE, UPDATE);
        grant(Groups.CAMUNDA_ADMIN, TASK, Authorization.ANY, READ);
    }

    /** A unit's staff and head may read their own unit's process instance (and nobody else's). */
    public void grantUnitInstance(String processInstanceId, String unitCode) {
        asEngine(() -> {
            grant(Unit.staffGroup(unitCode), PROCESS_INSTANCE, processInstanceId, READ);
            grant(Unit.headGroup(unitCode), PROCESS_INSTANCE, processInstanceId, READ);
            return null;
        });
    }

    private void everyone(Resource resource, String resourceId, Permission permission) {
        boolean exists = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).hasPermission(permission).count() > 0;
        if (!exists) {
            Authorization global = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            global.setUserId(Authorization.ANY);
            global.setResource(resource);
            global.setResourceId(resourceId);
            global.addPermission(permission);
            authorizations.saveAuthorization(global);
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization grant = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
                .resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
        if (grant == null) {
            grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
        }
        boolean changed = grant.getId() == null;
        for (Permission permission : permissions) {
            if (!grant.isPermissionGranted(permission)) {
                grant.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(grant);
        }
    }

    /**
     * Runs engine glue that a user's action sets off (a unit's instance starting when a leader
     * approves the plan), or a query whose visibility our own rules have already decided, without
     * that user's engine permissions: the engine checks none when nobody is authenticated. The user
     * is restored afterwards.
     */
    public <T> T asEngine(Supplier<T> work) {
        Authentication current = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (current != null) {
                identityService.setAuthentication(current);
            }
        }
    }
}
