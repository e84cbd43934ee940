package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.FormValues.endOfDay;
import static cn.excellence.shared.FormValues.integer;
import static cn.excellence.shared.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records the campaign from its start variables where the start has not recorded it yet: a start of an earlier
 * deployed version, without {@link CampaignStartListener}. The API and the start listener record it first.
 */
@Component
class OpenCommendationCampaignDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    OpenCommendationCampaignDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.hasVariable(VAR_CAMPAIGN_ID)) {
            return;
        }
        CampaignRequest request = new CampaignRequest(integer(execution.getVariable("year"), "年度"), text(execution.getVariable("title")),
                campaigns.parseCategories(execution.getVariable("categories")),
                endOfDay(execution.getVariable(VAR_NOMINATION_DEADLINE), "推荐截止时间（nominationDeadline）"),
                integer(execution.getVariable("noticeWorkingDays"), "公示期（工作日）"));
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        long id = campaigns.openCampaign(request, user == null ? null : user.getUserId(), execution.getProcessInstanceId());
        execution.setProcessBusinessKey(CampaignService.businessKey(request.title(), id));
        execution.setVariable(VAR_CAMPAIGN_ID, id);
    }
}
