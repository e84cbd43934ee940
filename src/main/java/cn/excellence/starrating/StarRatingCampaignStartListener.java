package cn.excellence.starrating;

import static cn.excellence.shared.FormValues.endOfDay;
import static cn.excellence.shared.FormValues.integer;
import static cn.excellence.shared.FormValues.text;
import static cn.excellence.starrating.StarRatingProcess.VAR_CAMPAIGN_ID;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.engine.StartFormListener;
import cn.excellence.shared.security.CurrentUser;

/**
 * A campaign started through its start form (bpmn/star-rating-campaign-start.form) or by key, as the starting user
 * (org-dept): recorded by {@link StarCampaignService#open}; the process goes on with the campaign id and its deadlines.
 */
@Component
class StarRatingCampaignStartListener extends StartFormListener {

    static final List<String> FORM_FIELDS = List.of("year", "scale", "title", "criteria", "quotaPercent", "noticeWorkingDays");

    private final StarCampaignService campaigns;

    StarRatingCampaignStartListener(StarCampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    protected Recorded record(DelegateExecution execution) {
        CurrentUser user = CurrentUser.of(execution);
        campaigns.checkMayOpen(user);
        String criteria = TextRules.optional(execution.getVariable("criteria"), "评分项", 2000);
        Date selfAssessment = endOfDay(execution.getVariable("selfAssessmentDeadline"), "自评截止日期");
        Date review = endOfDay(execution.getVariable("reviewDeadline"), "审核截止日期");
        StarCampaignService.CampaignRequest request = new StarCampaignService.CampaignRequest(integer(execution.getVariable("year"), "年度"),
                text(execution.getVariable("scale")) == null ? null : TextRules.choice(execution.getVariable("scale"), StarScale.class, "评比类别"),
                TextRules.optional(execution.getVariable("title"), "标题", 200), criteria == null ? null : Criterion.parse(criteria),
                selfAssessment == null ? null : selfAssessment.toInstant(), review == null ? null : review.toInstant(),
                integer(execution.getVariable("quotaPercent"), "八星级及以上比例上限"), integer(execution.getVariable("noticeWorkingDays"), "公示期（工作日）"));
        long id = campaigns.open(request, user, execution.getProcessInstanceId());
        StarCampaign campaign = campaigns.campaign(id);
        return new Recorded(Map.of(VAR_CAMPAIGN_ID, id, "selfAssessmentDeadline", Date.from(campaign.selfAssessmentDeadline()),
                "reviewDeadline", Date.from(campaign.reviewDeadline())), BusinessKeys.of("星级评比", campaign.title(), id), FORM_FIELDS);
    }
}
