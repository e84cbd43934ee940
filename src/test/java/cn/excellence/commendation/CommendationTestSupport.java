package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.excellence.shared.security.CurrentUser;
import cn.excellence.support.ProcessTestSupport;

/** The commendation flow as the test drives it: the same calls the API and Tasklist make, without HTTP. */
class CommendationTestSupport {

    static final CurrentUser ORG_DEPT = new CurrentUser("orgdept", List.of("org-dept"));
    static final CurrentUser SANHU = new CurrentUser("secretary-sanhu", List.of("village-secretary"));
    static final CurrentUser GONGTIAN = new CurrentUser("secretary-gongtian", List.of("village-secretary"));
    static final String DEEDS = "带领党员群众发展特色产业，组织生活规范，服务群众成效明显，群众满意度高。";

    final ProcessEngine engine;
    final CampaignService campaigns;
    final NominationService nominations;
    final JdbcClient jdbc;

    CommendationTestSupport(ProcessEngine engine, CampaignService campaigns, NominationService nominations, JdbcClient jdbc) {
        this.engine = engine;
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.jdbc = jdbc;
    }

    long openSourceCampaign() {
        Date deadline = new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(10).toMillis());
        return campaigns.startCampaign(new CampaignRequest(2010, "2010年七一表彰", null, deadline, 5));
    }

    ProcessInstance campaignProcess(long campaignId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CAMPAIGN_PROCESS)
                .variableValueEquals(VAR_CAMPAIGN_ID, campaignId).singleResult();
    }

    ProcessInstance nominationProcess(long nominationId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(NOMINATION_PROCESS)
                .variableValueEquals(VAR_NOMINATION_ID, nominationId).singleResult();
    }

    long nominateOrganization(CurrentUser user, long campaignId, String category, String organization) {
        return nominations.nominate(new NominationRequest(campaignId, category, organization, null, DEEDS, null), user);
    }

    long nominateMember(CurrentUser user, long campaignId, String category, long memberId) {
        return nominations.nominate(new NominationRequest(campaignId, category, null, memberId, DEEDS, null), user);
    }

    long memberWithPosition(String position, String underOrganizationPath) {
        return jdbc.sql("""
                select min(m.id) from party_member m join organization o on o.code = m.organization_code
                where m.position = ? and o.path like ?""").params(position, underOrganizationPath + "%").query(Long.class).single();
    }

    /** The open task of the campaign, nomination or objection with this id (the task's key says which). */
    Task task(String caseId, String taskKey) {
        String idVariable = switch (taskKey) {
            case TASK_SELECT_NOMINEES, TASK_APPROVE_LIST -> VAR_CAMPAIGN_ID;
            case TASK_VERIFY_OBJECTION -> VAR_OBJECTION_ID;
            default -> VAR_NOMINATION_ID;
        };
        return ProcessTestSupport.task(engine, idVariable, Long.valueOf(caseId), taskKey);
    }

    void complete(Task task, Object... namesAndValues) {
        ProcessTestSupport.complete(engine, task.getId(), namesAndValues);
    }

    void approveAtOrgDept(long nominationId) {
        complete(task(String.valueOf(nominationId), TASK_ORG_DEPT_REVIEW), VAR_REVIEW_DECISION, "APPROVE");
    }

    NominationStatus status(long nominationId) {
        return nominations.nomination(nominationId).status();
    }
}
