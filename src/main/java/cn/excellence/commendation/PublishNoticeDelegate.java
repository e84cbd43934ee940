package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approved list goes on public notice (公示) for the campaign's working days. */
@Component
class PublishNoticeDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    PublishNoticeDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_NOTICE_ENDS_AT, campaigns.publishNotice(longOf(execution, VAR_CAMPAIGN_ID)));
    }
}
