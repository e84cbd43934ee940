package cn.excellence.shared.engine.authorization;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
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
 * <li>A command's own check (may this user complete this task, start this process, read this deployment) reads the grants
 * that could answer it in one plain statement and decides in Java, as {@link #answer} spells out. The engine's statement for
 * it is MyBatis dynamic SQL whose building (OGNL) cost two thirds of the check's time; the answer is the same, and checks of
 * other shapes (nested composites, query parameters, revokes switched back on) still go to the engine.</li>
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

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck check) {
        if (!isAuthorizationEnabled()) {
            return true;
        }
        return isAuthorized(userId, groupIds, createCompositePermissionCheck(check));
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck check) {
        if (!decidedHere(check) || isRevokeAuthCheckEnabled(userId, groupIds)) {
            return super.isAuthorized(userId, groupIds, check);
        }
        List<String> groups = filterAuthenticatedGroupIds(groupIds);
        return answer(check, grants(userId, groups, check.getAtomicChecks()), userId, groups);
    }

    /**
     * A check the engine would answer with one level of atomic checks on resource ids (not a query's column), each valid for
     * its resource: the engine's own validation (and its error) applies to anything else.
     */
    private boolean decidedHere(CompositePermissionCheck check) {
        List<PermissionCheck> atomic = check.getAtomicChecks();
        return atomic != null && !atomic.isEmpty() && (check.getCompositeChecks() == null || check.getCompositeChecks().isEmpty())
                && atomic.stream().allMatch(c -> c.getResourceIdQueryParam() == null && c.getResource() != null && isResourceValidForPermission(c));
    }

    /**
     * The engine's answer ({@code isUserAuthorizedForResource} in its {@code Authorization.xml}, revokes off), from the grant
     * rows that could match: an atomic check is 1 when a grant of the user, else of one of the groups, else a global one, on
     * the resource type with every bit of the permission, names the resource id or {@code *}; otherwise it is the check's
     * not-found value (usually none). One check decides alone; "any of" takes the first that has a value (none: 0); "all of"
     * ands the values, none counting as 0. Authorized means 1.
     */
    static boolean answer(CompositePermissionCheck check, List<Grant> grants, String userId, List<String> groupIds) {
        List<PermissionCheck> atomic = check.getAtomicChecks();
        if (atomic.size() == 1) {
            return Long.valueOf(1).equals(value(atomic.get(0), grants, userId, groupIds));
        }
        if (check.isDisjunctive()) {
            for (PermissionCheck one : atomic) {
                Long value = value(one, grants, userId, groupIds);
                if (value != null) {
                    return value == 1;
                }
            }
            return false;
        }
        long all = -1;
        for (PermissionCheck one : atomic) {
            Long value = value(one, grants, userId, groupIds);
            all &= value == null ? 0 : value;
        }
        return all == 1;
    }

    private static Long value(PermissionCheck check, List<Grant> grants, String userId, List<String> groupIds) {
        return grants.stream().anyMatch(g -> g.answers(check) && g.heldBy(userId, groupIds)) ? Long.valueOf(1)
                : check.getAuthorizationNotFoundReturnValue();
    }

    /** The grant rows (and global ones) of the user and the groups on the checks' resource types and ids, or {@code *}. */
    private List<Grant> grants(String userId, List<String> groupIds, List<PermissionCheck> checks) {
        Set<Integer> types = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        ids.add(Authorization.ANY);
        for (PermissionCheck check : checks) {
            types.add(check.getResourceType());
            if (check.getResourceId() != null) {
                ids.add(check.getResourceId());
            }
        }
        List<String> names = new ArrayList<>(ids);
        names.add(userId);
        names.addAll(groupIds);
        String sql = "select TYPE_, USER_ID_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ from "
                + Context.getProcessEngineConfiguration().getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION where TYPE_ < 2"
                + " and RESOURCE_TYPE_ in (" + marks(types.size()) + ") and RESOURCE_ID_ in (" + marks(ids.size()) + ")"
                + " and (USER_ID_ in (?, '*')" + (groupIds.isEmpty() ? "" : " or GROUP_ID_ in (" + marks(groupIds.size()) + ")") + ")";
        Connection connection = getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 0;
            for (int type : types) {
                statement.setInt(++index, type);
            }
            for (String name : names) {
                statement.setString(++index, name);
            }
            List<Grant> grants = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Object perms = rows.getObject(6);
                    grants.add(new Grant(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getInt(4), rows.getString(5),
                            perms == null ? null : ((Number) perms).intValue()));
                }
            }
            return grants;
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not read the grants for an authorization check", e);
        }
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** One row of {@code ACT_RU_AUTHORIZATION}: a grant or a global authorization. */
    record Grant(int type, String userId, String groupId, int resourceType, String resourceId, Integer perms) {

        /** On the check's resource type, on its id or on every id, with every bit of its permission. */
        boolean answers(PermissionCheck check) {
            return resourceType == check.getResourceType() && perms != null && (perms & check.getPerms()) == check.getPerms()
                    && resourceId != null && (resourceId.equals(Authorization.ANY) || resourceId.equals(check.getResourceId()));
        }

        /** A grant of the user, or of one of the groups, or a global authorization. */
        boolean heldBy(String userId, List<String> groupIds) {
            return type == Authorization.AUTH_TYPE_GRANT && (userId != null && userId.equals(this.userId) || groupId != null && groupIds.contains(groupId))
                    || type == Authorization.AUTH_TYPE_GLOBAL && Authorization.ANY.equals(this.userId);
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
