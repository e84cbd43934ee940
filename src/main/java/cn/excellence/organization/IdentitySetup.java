package cn.excellence.organization;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.excellence.shared.Groups;
import cn.excellence.shared.ProcessStartPermission;
import cn.excellence.shared.jdbc.SetupLock;

/**
 * Makes sure the role groups, their authorizations and the shared Tasklist filter exist, in every
 * profile. It runs under a database row lock, so nodes starting together do it once.
 */
@Component
@Order(1)
class IdentitySetup implements ApplicationRunner {

    static final String TASK_FILTER_NAME = "我的待办";
    /** Org-dept may read every task (for Cockpit), so its own work gets a filter of its own, shown first. */
    static final String ORG_DEPT_FILTER_NAME = "组织部待办";
    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final SetupLock setup;
    private final List<ProcessStartPermission> startPermissions;

    IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
            FilterService filterService, TaskService taskService, SetupLock setup,
            List<ProcessStartPermission> startPermissions) {
        this.startPermissions = startPermissions;
        this.taskService = taskService;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.setup = setup;
    }

    @Override
    public void run(ApplicationArguments args) {
        setup.run(() -> {
            Groups.ALL.forEach(g -> ensureGroup(g[0], g[1]));
            grantAdministrators();
            grantApplications();
            grantProcessDefinitions();
            ensureTaskFilter();
        });
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
            log.info("created group {} ({})", id, name);
        }
    }

    /** camunda-admin may do everything on every resource (what Camunda's own admin-user set-up grants). */
    private void grantAdministrators() {
        for (Resource resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }
    }

    private void grantApplications() {
        for (String[] group : Groups.ALL) {
            grant(group[0], Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        }
        grant(Groups.ORG_DEPT, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    }

    private void grantProcessDefinitions() {
        for (String[] group : Groups.ALL) {
            grant(group[0], Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
            grant(group[0], Resources.DECISION_DEFINITION, ANY, Permissions.READ);
            grant(group[0], Resources.DEPLOYMENT, ANY, Permissions.READ);
        }
        for (ProcessStartPermission starter : startPermissions) {
            grant(starter.group(), Resources.PROCESS_DEFINITION, starter.processKey(), ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(starter.group(), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
        grant(Groups.ORG_DEPT, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(Groups.ORG_DEPT, Resources.USER, ANY, Permissions.READ);
        grant(Groups.ORG_DEPT, Resources.GROUP, ANY, Permissions.READ);
        grant(Groups.ORG_DEPT, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_HISTORY);
        grant(Groups.ORG_DEPT, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_INSTANCE);
        // Cockpit's task dashboard: the count by candidate group needs READ on every task (org-dept spans the banner;
        // camunda-admin holds it already)
        for (String group : Groups.READ_EVERY_TASK) {
            grant(group, Resources.TASK, ANY, Permissions.READ);
        }
    }

    private void ensureTaskFilter() {
        Filter filter = filterService.createFilterQuery().filterName(TASK_FILTER_NAME).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(TASK_FILTER_NAME)
                    .setProperties(Map.of("description", "我有权办理的全部任务", "priority", -10, "refresh", true))
                    .setQuery(taskService.createTaskQuery().orderByTaskCreateTime().desc());
            filterService.saveFilter(filter);
        }
        for (String[] group : Groups.ALL) {
            grant(group[0], Resources.FILTER, filter.getId(), Permissions.READ);
        }
        Filter orgDept = filterService.createFilterQuery().filterName(ORG_DEPT_FILTER_NAME).singleResult();
        if (orgDept == null) {
            orgDept = filterService.newTaskFilter(ORG_DEPT_FILTER_NAME)
                    .setProperties(Map.of("description", "旗委组织部办理的任务", "priority", -20, "refresh", true))
                    .setQuery(taskService.createTaskQuery().taskCandidateGroup(Groups.ORG_DEPT).includeAssignedTasks()
                            .orderByTaskCreateTime().desc());
            filterService.saveFilter(orgDept);
        }
        grant(Groups.ORG_DEPT, Resources.FILTER, orgDept.getId(), Permissions.READ);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (existing != null) {
            if (!existing.isPermissionGranted(permission)) {
                existing.addPermission(permission);
                authorizationService.saveAuthorization(existing);
            }
            return;
        }
        Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizationService.saveAuthorization(authorization);
    }
}
