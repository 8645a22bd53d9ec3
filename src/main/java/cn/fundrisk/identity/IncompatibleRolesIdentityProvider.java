package cn.fundrisk.identity;

import java.util.List;

import cn.fundrisk.process.InputRejectedException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Camunda's database identity provider, refusing a membership that would put a user into two
 * incompatible groups (see {@link IncompatibleGroups}). Every client creates memberships through
 * here: the Admin webapp, the REST API and Java code calling IdentityService.createMembership.
 * The engine opens one per command (see {@link IncompatibleRolesPlugin}).
 */
public class IncompatibleRolesIdentityProvider extends DbIdentityServiceProvider {

    private final IncompatibleGroups incompatibleGroups;

    public IncompatibleRolesIdentityProvider(IncompatibleGroups incompatibleGroups) {
        this.incompatibleGroups = incompatibleGroups;
    }

    @Override
    public IdentityOperationResult createMembership(String userId, String groupId) {
        // who may not create memberships learns nothing about the user's groups
        checkAuthorization(Permissions.CREATE, Resources.GROUP_MEMBERSHIP, groupId);
        incompatibleGroups.conflict(userId, groupId, groupsOf(userId)).ifPresent(message -> {
            throw new InputRejectedException(message);
        });
        return super.createMembership(userId, groupId);
    }

    /** All of the user's groups, whatever the current user may read. */
    private List<String> groupsOf(String userId) {
        CommandContext commandContext = Context.getCommandContext();
        return commandContext.runWithoutAuthorization(
                () -> createGroupQuery(commandContext).groupMember(userId).list()).stream()
                .map(Group::getId)
                .toList();
    }
}
