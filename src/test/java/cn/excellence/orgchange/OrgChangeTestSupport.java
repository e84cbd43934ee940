package cn.excellence.orgchange;

import static cn.excellence.orgchange.OrgChangeProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.support.Http;

/**
 * The 组织设置 flows driven as Tasklist drives them (engine REST submit-form, authorizations on): a township secretary applies
 * and records the election, org-dept approves and files. Fixtures (which members) are read from the seeded roster.
 */
final class OrgChangeTestSupport {

    static final String REASON = "公田村党员人数多、产业发展快，为加强村级党组织建设，申请成立村党委。";

    private final Http http;
    private final ProcessEngine engine;
    private final JdbcClient jdbc;

    OrgChangeTestSupport(Http http, ProcessEngine engine, JdbcClient jdbc) {
        this.http = http;
        this.engine = engine;
        this.jdbc = jdbc;
    }

    static Map<String, Object> value(Object value, String type) {
        return Map.of("value", value, "type", type);
    }

    /** Form values as Tasklist posts them: text as String, whole numbers as Integer (null values left out). */
    static Map<String, Object> form(Object... keysAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            if (v != null) {
                variables.put((String) keysAndValues[i], value(v, v instanceof Integer ? "Integer" : "String"));
            }
        }
        return variables;
    }

    ResponseEntity<JsonNode> apply(String user, Map<String, Object> variables) {
        return http.submitStartForm(user, FOUNDING_PROCESS, variables);
    }

    /** Applies as the user and returns the founding's id. */
    long applied(String user, Map<String, Object> variables) {
        ResponseEntity<JsonNode> started = apply(user, variables);
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        return ((Number) engine.getRuntimeService().getVariable(started.getBody().path("id").asText(), VAR_FOUNDING_ID)).longValue();
    }

    Task task(long foundingId, String taskKey) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(FOUNDING_PROCESS)
                .processVariableValueEquals(VAR_FOUNDING_ID, foundingId).taskDefinitionKey(taskKey).singleResult();
    }

    void review(long id, String decision, String comment) {
        http.completeTaskForm("orgdept", task(id, TASK_REVIEW_FOUNDING).getId(), form(VAR_DECISION, decision, VAR_COMMENT, comment));
    }

    ResponseEntity<JsonNode> elect(String user, long id, int entitled, int present, String candidates, String day) {
        return http.submitTaskForm(user, task(id, TASK_ELECT_FIRST_COMMITTEE).getId(),
                form(VAR_ENTITLED, entitled, VAR_PRESENT, present, VAR_CANDIDATES, candidates, VAR_ELECTED_ON, day));
    }

    void file(long id, String decision, String comment) {
        http.completeTaskForm("orgdept", task(id, TASK_FILE_ELECTION).getId(), form(VAR_FILING_DECISION, decision, VAR_FILING_COMMENT, comment));
    }

    Map<String, Object> founding(String user, long id) {
        ResponseEntity<Map<String, Object>> founding = http.get(user, "/api/orgchange/foundings/" + id);
        assertThat(founding.getStatusCode().value()).as(String.valueOf(founding.getBody())).isEqualTo(200);
        return founding.getBody();
    }

    /** The members of the organization and below, by id, from the seeded roster. */
    List<Long> membersBelow(String code) {
        return jdbc.sql("""
                select m.id from party_member m join organization o on o.code = m.organization_code
                where o.path like (select path from organization where code = ?) || '%' order by m.id""").param(code).query(Long.class).list();
    }

    long foundings() {
        return jdbc.sql("select count(*) from org_founding").query(Long.class).single();
    }

    long organizations() {
        return jdbc.sql("select count(*) from organization").query(Long.class).single();
    }
}
