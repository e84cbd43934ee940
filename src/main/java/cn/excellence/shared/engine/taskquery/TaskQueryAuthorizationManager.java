package cn.excellence.shared.engine.taskquery;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization manager, with one shortcut for task queries. The engine checks every task row of a query against
 * the user's authorizations (READ on the task, or READ_TASK on its process definition) by joining
 * {@code ACT_RU_AUTHORIZATION} on {@code RESOURCE_ID_ IN (task id, definition key, '*')}: a join no index can serve, so its
 * cost grows with open tasks times the user's authorization rows (one per task the user was ever a candidate of). When the
 * user (or one of their groups) is granted READ on every task ({@code *}, org-dept's grant for Cockpit) and no REVOKE
 * authorization concerns them, that check passes for every row: the query then runs without it and returns the same rows.
 * Whenever a revoke could apply (the engine's own test, {@code authorizationCheckRevokes}), the full check stays.
 */
class TaskQueryAuthorizationManager extends AuthorizationManager {

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
        super.configureTaskQuery(query);
        AuthorizationCheck check = query.getAuthCheck();
        if (check.isAuthorizationCheckEnabled() && !check.isRevokeAuthorizationCheckEnabled()
                && isAuthorized(check.getAuthUserId(), check.getAuthGroupIds(), Permissions.READ, Resources.TASK, Authorization.ANY)) {
            check.setAuthorizationCheckEnabled(false);
            check.setPermissionChecks(new CompositePermissionCheck());
        }
    }
}
