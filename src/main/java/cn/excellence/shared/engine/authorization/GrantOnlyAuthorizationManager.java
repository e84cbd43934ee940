package cn.excellence.shared.engine.authorization;

import java.util.LinkedHashSet;
import java.util.List;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;

/**
 * The engine's authorization manager for an application that only grants. A REVOKE authorization is refused wherever it is
 * saved (the Java API, {@code POST /engine-rest/authorization/create}, Camunda Admin), so the engine never needs to look for
 * one ({@code authorizationCheckRevokes = never}, set by {@link GrantOnlyAuthorizationPlugin}). Two shortcuts follow, each
 * giving the same answer as the engine's full check:
 * <ul>
 * <li>A task query (Tasklist's filters, {@code /engine-rest/task}, the Java API) by a user who (or one of whose groups) is
 * granted READ on every task ({@code *}, org-dept's grant for Cockpit) runs without the per-row join of
 * {@code ACT_RU_AUTHORIZATION}: that check would pass for every row. Whether the grant holds is asked (one query) only for
 * members of the groups start-up grants it to ({@link Groups#READ_EVERY_TASK}); anyone else's query keeps the join
 * without that question, which gives the same answer (a grant made to them later in Camunda Admin is still honoured,
 * row by row).</li>
 * <li>The user's groups are used as they are, not first narrowed to the groups that have an authorization row (the engine
 * reads every group id of {@code ACT_RU_AUTHORIZATION} once per command for that): a group without rows matches none.</li>
 * </ul>
 */
class GrantOnlyAuthorizationManager extends AuthorizationManager {

    static final String REVOKE_REFUSED = "本系统只授予权限，不使用“撤销”(REVOKE)授权：请删除或修改相应的授予(GRANT)授权。";

    @Override
    public void insert(DbEntity entity) {
        refuseRevoke(entity);
        super.insert(entity);
    }

    @Override
    public void update(AuthorizationEntity authorization) {
        refuseRevoke(authorization);
        super.update(authorization);
    }

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
        super.configureTaskQuery(query);
        AuthorizationCheck check = query.getAuthCheck();
        if (check.isAuthorizationCheckEnabled() && mayReadEveryTask(check.getAuthGroupIds())
                && isAuthorized(check.getAuthUserId(), check.getAuthGroupIds(), Permissions.READ, Resources.TASK, Authorization.ANY)) {
            check.setAuthorizationCheckEnabled(false);
            check.setPermissionChecks(new CompositePermissionCheck());
        }
    }

    private static boolean mayReadEveryTask(List<String> groupIds) {
        return groupIds != null && groupIds.stream().anyMatch(Groups.READ_EVERY_TASK::contains);
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> groupIds) {
        return groupIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(groupIds));
    }

    private static void refuseRevoke(DbEntity entity) {
        if (entity instanceof AuthorizationEntity authorization && authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
            throw new TaskInputException(REVOKE_REFUSED);
        }
    }
}
