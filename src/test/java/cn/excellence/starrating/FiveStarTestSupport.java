package cn.excellence.starrating;

import static cn.excellence.starrating.FiveStarProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.supervision.SupervisionProcess;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;

/**
 * The 五星级 flows driven as their users drive them in Tasklist (engine REST submit-form, authorizations on): the township
 * secretary nominates, org-dept reviews, supervisor1 inspects, the branch secretary rectifies.
 */
final class FiveStarTestSupport {

    static final String REASONS = "支部班子团结，三会一课规范，带领党员群众发展特色种植，人均增收明显。";

    private final Http http;
    private final ProcessEngine engine;
    private final JdbcClient jdbc;

    FiveStarTestSupport(Http http, ProcessEngine engine, JdbcClient jdbc) {
        this.http = http;
        this.engine = engine;
        this.jdbc = jdbc;
    }

    static Map<String, Object> value(Object value, String type) {
        return Map.of("value", value, "type", type);
    }

    static Map<String, Object> form(String branchCode, int year, String reasons) {
        Map<String, Object> variables = new HashMap<>();
        if (branchCode != null) {
            variables.put(VAR_BRANCH_CODE, value(branchCode, "String"));
        }
        variables.put(VAR_YEAR, value(year, "Integer"));
        if (reasons != null) {
            variables.put(VAR_REASONS, value(reasons, "String"));
        }
        return variables;
    }

    ResponseEntity<JsonNode> nominate(String user, String branchCode, int year, String reasons) {
        return http.submitStartForm(user, BRANCH_PROCESS, form(branchCode, year, reasons));
    }

    /** Nominates as the user and returns the nomination's id. */
    long nominated(String user, String branchCode, int year) {
        ResponseEntity<JsonNode> started = nominate(user, branchCode, year, REASONS);
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        return ((Number) engine.getRuntimeService().getVariable(started.getBody().path("id").asText(), VAR_NOMINATION_ID)).longValue();
    }

    Task task(long nominationId, String taskKey) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(BRANCH_PROCESS)
                .processVariableValueEquals(VAR_NOMINATION_ID, nominationId).taskDefinitionKey(taskKey).singleResult();
    }

    void review(long nominationId, String decision, String comment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_DECISION, value(decision, "String"));
        if (comment != null) {
            variables.put(VAR_COMMENT, value(comment, "String"));
        }
        http.completeTaskForm("orgdept", task(nominationId, TASK_ORG_DEPT_REVIEW).getId(), variables);
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
    }

    long spotCheckOf(long nominationId) {
        return jdbc.sql("select spot_check_id from five_star_nomination where id = ?").param(nominationId).query(Long.class).single();
    }

    Task spotCheckTask(long spotCheckId, String taskKey) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(SupervisionProcess.SPOT_CHECK_PROCESS)
                .processVariableValueEquals(SupervisionProcess.VAR_SPOT_CHECK_ID, spotCheckId).taskDefinitionKey(taskKey).singleResult();
    }

    /** supervisor1 scores the five checklist items (0–20 each) with these findings (one a line; null: none). */
    void inspect(long spotCheckId, int each, String findings) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 1; i <= 5; i++) {
            variables.put(SupervisionProcess.VAR_SCORE + i, value(each, "Integer"));
        }
        variables.put(SupervisionProcess.VAR_INSPECTION_NOTES, value("按清单实地查看台账和阵地。", "String"));
        if (findings != null) {
            variables.put(SupervisionProcess.VAR_FINDINGS, value(findings, "String"));
            variables.put(SupervisionProcess.VAR_RECTIFICATION_DAYS, value(15, "Integer"));
        }
        http.completeTaskForm("supervisor1", spotCheckTask(spotCheckId, SupervisionProcess.TASK_INSPECT).getId(), variables);
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
    }

    /** The branch's secretary reports the rectification and supervisor1 accepts it. */
    void rectifyAndAccept(long spotCheckId, String secretary) {
        http.completeTaskForm(secretary, spotCheckTask(spotCheckId, SupervisionProcess.TASK_RECTIFY).getId(),
                Map.of(SupervisionProcess.VAR_RECTIFICATION_REPORT, value("已制作标牌并挂牌，台账补齐。", "String")));
        http.completeTaskForm("supervisor1", spotCheckTask(spotCheckId, SupervisionProcess.TASK_VERIFY).getId(),
                Map.of(SupervisionProcess.VAR_VERIFICATION, value("ACCEPT", "String"), SupervisionProcess.VAR_VERIFY_COMMENT,
                        value("整改到位。", "String")));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
    }

    /** Nominates, accepts and passes the spot check with 90 points: the branch holds 五星级. */
    long award(String nominator, String branchCode, int year) {
        long id = nominated(nominator, branchCode, year);
        review(id, "ACCEPT", null);
        inspect(spotCheckOf(id), 18, null);
        assertThat(starred(branchCode)).isTrue();
        return id;
    }

    boolean starred(String branchCode) {
        return jdbc.sql("select count(*) from five_star_branch where organization_code = ? and starred = true").param(branchCode)
                .query(Long.class).single() > 0;
    }

    String status(long nominationId) {
        return jdbc.sql("select status from five_star_nomination where id = ?").param(nominationId).query(String.class).single();
    }

    /** The township's branches (党支部), in code order, for tests that need several. */
    List<String> branchesOf(String township) {
        return jdbc.sql("select code from organization where township_code = ? and kind = 'BRANCH' order by code").param(township)
                .query(String.class).list();
    }

    long nominations() {
        return jdbc.sql("select count(*) from five_star_nomination").query(Long.class).single();
    }
}
