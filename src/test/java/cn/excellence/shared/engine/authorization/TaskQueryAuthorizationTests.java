package cn.excellence.shared.engine.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.shared.Groups;
import cn.excellence.support.Http;
import cn.excellence.support.StatementLog;

/**
 * Task queries of someone granted READ on every task run without the per-row authorization join, and still return exactly
 * what the full check returns: org-dept's filter 组织部待办 lists its candidate tasks, and nobody else's query changes (a
 * township secretary sees none of org-dept's tasks, and exactly the one granted to them). No REVOKE can exist
 * ({@link GrantOnlyAuthorizationTests}), so a grant on every task means every task.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
@Import(StatementLog.class)
class TaskQueryAuthorizationTests {

    static final String PROCESS = "TaskQueryAuthorizationCheck";
    static final String ORG_DEPT = "orgdept";
    static final String SECRETARY = "secretary-wulashan";

    private final Http http;
    private final ProcessEngine engine;
    private final StatementLog statements;

    @Autowired
    TaskQueryAuthorizationTests(@LocalServerPort int port, ProcessEngine engine, StatementLog statements) {
        this.http = new Http(port);
        this.engine = engine;
        this.statements = statements;
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            engine.getRepositoryService().createDeployment().addModelInstance("task-query-authorization-check.bpmn", model()).deploy();
            for (int i = 0; i < 3; i++) {
                engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "task-query-" + i);
            }
        }
    }

    @Test
    void theFullCheckIsLeftOutOnlyForAGrantOnEveryTask() {
        assertThat(performsRowCheck(ORG_DEPT)).as("org-dept holds READ on every task").isFalse();
        assertThat(performsRowCheck(SECRETARY)).as("a township secretary's grants are per task").isTrue();
    }

    @Test
    void onlyMembersOfTheGroupsGrantedEveryTaskAreAskedWhetherTheGrantHolds() {
        List<String> secretary = statementsOfATaskQuery(SECRETARY);
        assertThat(secretary).as("a township secretary's task query is one statement, the check joined in").hasSize(1);
        assertThat(secretary.get(0)).containsIgnoringCase("ACT_RU_AUTHORIZATION");

        List<String> orgDept = statementsOfATaskQuery(ORG_DEPT);
        assertThat(orgDept).as("org-dept: does the grant on every task hold, then the query without the join").hasSize(2);
        assertThat(orgDept.get(0)).containsIgnoringCase("ACT_RU_AUTHORIZATION");
        assertThat(orgDept.get(1)).doesNotContainIgnoringCase("ACT_RU_AUTHORIZATION");
    }

    @Test
    void orgDeptsFilterListsExactlyTheTasksOfItsCandidateGroup() {
        Set<String> expected = engine.getTaskService().createTaskQuery().taskCandidateGroup(Groups.ORG_DEPT).includeAssignedTasks().list()
                .stream().map(Task::getId).collect(Collectors.toSet());
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);

        assertThat(filterTaskIds(ORG_DEPT)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(filterCount(ORG_DEPT)).isEqualTo(expected.size());
    }

    @Test
    void aUserWithoutTheGrantOnEveryTaskSeesExactlyTheTaskGrantedToThem() {
        Task granted = engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS).list().get(0);
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(SECRETARY);
        grant.setResource(Resources.TASK);
        grant.setResourceId(granted.getId());
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
        try {
            assertThat(performsRowCheck(SECRETARY)).as("a grant on one task: the full check").isTrue();
            Set<String> processTasks = engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS).list().stream()
                    .map(Task::getId).collect(Collectors.toSet());
            assertThat(restTaskIds(SECRETARY)).filteredOn(processTasks::contains).containsExactly(granted.getId());
        } finally {
            authorizations.deleteAuthorization(grant.getId());
        }
        assertThat(restTaskIds(SECRETARY)).doesNotContain(granted.getId());
    }

    @Test
    void aTownshipSecretarySeesNoneOfOrgDeptsTasks() {
        Set<String> orgDeptTasks = engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS).list().stream()
                .map(Task::getId).collect(Collectors.toSet());

        assertThat(restTaskIds(ORG_DEPT)).containsAll(orgDeptTasks);
        assertThat(restTaskIds(SECRETARY)).doesNotContainAnyElementsOf(orgDeptTasks);
    }

    private boolean performsRowCheck(String userId) {
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        engine.getIdentityService().setAuthentication(userId, groups);
        try {
            return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired().execute(context -> {
                TaskQueryImpl query = new TaskQueryImpl();
                context.getAuthorizationManager().configureTaskQuery(query);
                return query.getAuthCheck().getShouldPerformAuthorizatioCheck();
            });
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private List<String> statementsOfATaskQuery(String userId) {
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        engine.getIdentityService().setAuthentication(userId, groups);
        try {
            return statements.during(() -> engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS).listPage(0, 50));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private String orgDeptFilter() {
        return engine.getFilterService().createFilterQuery().filterName("组织部待办").singleResult().getId();
    }

    private Set<String> filterTaskIds(String userId) {
        JsonNode tasks = http.as(userId).post().uri("/engine-rest/filter/" + orgDeptFilter() + "/list?firstResult=0&maxResults=2000")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of()).retrieve().body(JsonNode.class);
        return ids(tasks);
    }

    private long filterCount(String userId) {
        return http.as(userId).get().uri("/engine-rest/filter/" + orgDeptFilter() + "/count").retrieve().body(JsonNode.class).get("count").asLong();
    }

    private Set<String> restTaskIds(String userId) {
        return ids(http.as(userId).get().uri("/engine-rest/task?maxResults=2000").retrieve().body(JsonNode.class));
    }

    private static Set<String> ids(JsonNode tasks) {
        assertThat(tasks.isArray()).as("a task list: %s", tasks).isTrue();
        return StreamSupport.stream(tasks.spliterator(), false).map(task -> task.get("id").asText()).collect(Collectors.toSet());
    }

    static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(PROCESS).name("任务查询授权校验").camundaHistoryTimeToLive(30).camundaStartableInTasklist(false)
                .startEvent().userTask("Task_CheckTaskQuery").name("校验待办").camundaCandidateGroups(Groups.ORG_DEPT)
                .camundaFormRef("DutyReportPreReviewForm").camundaFormRefBinding("latest").endEvent().done();
    }
}
