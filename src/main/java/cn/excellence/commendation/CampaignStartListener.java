package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.FormValues.endOfDay;
import static cn.excellence.shared.FormValues.integer;
import static cn.excellence.shared.FormValues.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.engine.StartFormListener;
import cn.excellence.shared.security.CurrentUser;

/**
 * A campaign started through its start form (Tasklist's 启动流程, bpmn/commendation-campaign-start.form) or by key:
 * records it as {@code POST /api/commendation-campaigns} does, as the starting user (org-dept), and goes on as one
 * the application started (its id a variable, its business key the campaign in words). The form gives the source's categories with a quota each (0: not
 * in this campaign); a start by key may give {@code categories} as a JSON array instead.
 */
@Component
public class CampaignStartListener extends StartFormListener {

    /** The form's quota field of each of the source's categories. */
    static final Map<String, String> QUOTA_FIELDS = new LinkedHashMap<>();

    static {
        QUOTA_FIELDS.put("WUHAO_TOWNSHIP", "quotaWuhaoTownship");
        QUOTA_FIELDS.put("WUHAO_VILLAGE", "quotaWuhaoVillage");
        QUOTA_FIELDS.put("COOPERATIVE_PARTY_ORG", "quotaCooperativePartyOrg");
        QUOTA_FIELDS.put("EXCELLENT_VILLAGE_SECRETARY", "quotaExcellentVillageSecretary");
        QUOTA_FIELDS.put("EXCELLENT_VILLAGE_HEAD", "quotaExcellentVillageHead");
    }

    private final CampaignService campaigns;

    CampaignStartListener(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    protected Recorded record(DelegateExecution execution) {
        CurrentUser user = CurrentUser.of(execution);
        campaigns.checkMayOpen(user);
        Object categoriesJson = execution.getVariable("categories");
        List<CampaignRequest.CategoryRequest> categories = text(categoriesJson) != null ? campaigns.parseCategories(categoriesJson)
                : quotas(execution);
        CampaignRequest request = new CampaignRequest(integer(execution.getVariable("year"), "年度"), text(execution.getVariable("title")),
                categories, endOfDay(execution.getVariable(VAR_NOMINATION_DEADLINE), "推荐截止日期"),
                integer(execution.getVariable("noticeWorkingDays"), "公示期（工作日）"));
        Map<String, Object> variables = campaigns.openFromStartForm(request, user, execution.getProcessInstanceId());
        List<String> formFields = new ArrayList<>(QUOTA_FIELDS.values());
        formFields.add(VAR_NOMINATION_DEADLINE);
        return new Recorded(variables, CampaignService.businessKey(request.title(), (Long) variables.get(VAR_CAMPAIGN_ID)), formFields);
    }

    /** The source's categories with the form's quotas (blank: the source's quota; 0: left out), or null for all as in the source. */
    private static List<CampaignRequest.CategoryRequest> quotas(DelegateExecution execution) {
        if (QUOTA_FIELDS.values().stream().noneMatch(execution::hasVariable)) {
            return null;
        }
        List<CampaignRequest.CategoryRequest> categories = new ArrayList<>();
        for (CampaignRequest.CategoryRequest source : CampaignRequest.SOURCE_CATEGORIES) {
            Integer quota = integer(execution.getVariable(QUOTA_FIELDS.get(source.code())), source.name() + "名额");
            if (quota == null) {
                categories.add(source);
            } else if (quota < 0 || quota > 1000) {
                throw new TaskInputException("“" + source.name() + "名额”应为 0 到 1000（0 表示本次不评此类）。");
            } else if (quota > 0) {
                categories.add(new CampaignRequest.CategoryRequest(source.code(), source.name(), quota, source.nomineeFilter(),
                        source.awardYuan()));
            }
        }
        if (categories.isEmpty()) {
            throw new TaskInputException("各类别名额都为 0：请至少为一个类别填写名额。");
        }
        return categories;
    }
}
