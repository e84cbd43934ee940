package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.excellence.shared.TaskInputException;

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
        Object deadline = execution.getVariable(VAR_NOMINATION_DEADLINE);
        if (deadline != null && !(deadline instanceof Date)) {
            throw new TaskInputException("推荐截止时间（nominationDeadline）应为日期类型。");
        }
        CampaignRequest request = new CampaignRequest(number(execution.getVariable("year")), text(execution.getVariable("title")),
                campaigns.parseCategories(execution.getVariable("categories")), (Date) deadline,
                number(execution.getVariable("noticeWorkingDays")));
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        long id = campaigns.openCampaign(request, user == null ? null : user.getUserId(), execution.getProcessInstanceId());
        execution.setProcessBusinessKey(CampaignService.businessKey(request.title(), id));
        execution.setVariable(VAR_CAMPAIGN_ID, id);
    }

    private static Integer number(Object value) {
        if (value == null || value instanceof Integer) {
            return (Integer) value;
        }
        if (value instanceof Long l && Math.abs(l) < 100_000) {
            return l.intValue();
        }
        throw new TaskInputException("年度和公示工作日数应为整数。");
    }

    private static String text(Object value) {
        if (value != null && !(value instanceof String)) {
            throw new TaskInputException("标题（title）应为文字。");
        }
        return (String) value;
    }
}
