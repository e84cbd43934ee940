package cn.excellence.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which requests the audit records and under what category, by path. */
class AuditRequestFilterTests {

    @Test
    void changesAreSortedByWhatTheyChange() {
        assertThat(AuditRequestFilter.category("/engine-rest/deployment/create")).isEqualTo(AuditCategory.DEPLOYMENT);
        assertThat(AuditRequestFilter.category("/camunda/api/engine/engine/default/deployment/create")).isEqualTo(AuditCategory.DEPLOYMENT);
        assertThat(AuditRequestFilter.category("/api/admin/process-models")).isEqualTo(AuditCategory.DEPLOYMENT);
        assertThat(AuditRequestFilter.category("/engine-rest/user/create")).isEqualTo(AuditCategory.IDENTITY);
        assertThat(AuditRequestFilter.category("/camunda/api/engine/engine/default/group/org-dept/members/orgdept"))
                .isEqualTo(AuditCategory.IDENTITY);
        assertThat(AuditRequestFilter.category("/api/account/password")).isEqualTo(AuditCategory.IDENTITY);
        assertThat(AuditRequestFilter.category("/camunda/api/engine/engine/default/authorization/create")).isEqualTo(AuditCategory.AUTHORIZATION);
        assertThat(AuditRequestFilter.category("/camunda/api/admin/auth/user/default/logout")).isEqualTo(AuditCategory.LOGOUT);
        assertThat(AuditRequestFilter.category("/admin/logout")).isEqualTo(AuditCategory.LOGOUT);
        assertThat(AuditRequestFilter.category("/api/nominations")).isEqualTo(AuditCategory.CHANGE);
        assertThat(AuditRequestFilter.category("/engine-rest/task/42/complete")).isEqualTo(AuditCategory.CHANGE);
    }

    @Test
    void queriesSentAsPostAreNotChanges() {
        for (String query : new String[] {"/engine-rest/task", "/engine-rest/process-instance/count", "/engine-rest/history/task",
                "/camunda/api/engine/engine/default/filter/abc/list", "/camunda/api/engine/engine/default/identity/password-policy",
                "/camunda/api/cockpit/plugin/base/default/process-instance"}) {
            assertThat(AuditRequestFilter.isQuery(query)).as(query).isTrue();
        }
        for (String change : new String[] {"/engine-rest/task/42/complete", "/engine-rest/message", "/engine-rest/process-instance/delete",
                "/engine-rest/history/process-instance/delete", "/engine-rest/user/create", "/engine-rest/identity/verify",
                "/api/nominations", "/engine-rest/process-definition/key/DutyReviewRound/start"}) {
            assertThat(AuditRequestFilter.isQuery(change)).as(change).isFalse();
        }
    }
}
