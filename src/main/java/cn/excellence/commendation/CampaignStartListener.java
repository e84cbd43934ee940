package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.FormValues.integer;
import static cn.excellence.shared.FormValues.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.excellence.shared.ApplicationStarts;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.security.CurrentUser;

/**
 * A campaign started through its start form (Tasklist's 启动流程, bpmn/commendation-campaign-start.form) or by key:
 * records it as {@code POST /api/commendation-campaigns} does, as the starting user (org-dept), and goes on as one
 * the application started (its id a variable, its business key the campaign in words). The form gives the source's categories with a quota each (0: not
 * in this campaign); a start by key may give {@code categories} as a JSON array instead. A start the application's
 * own service made ({@link ApplicationStarts}) has recorded it already.
 */
@Component
public class CampaignStartListener implements ExecutionListener {

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
    public void notify(DelegateExecution execution) {
        if (ApplicationStarts.active()) {
            return;
        }
        CurrentUser user = CurrentUser.of(execution);
        campaigns.checkMayOpen(user);
        Object categoriesJson = execution.getVariable("categories");
        List<CampaignRequest.CategoryRequest> categories = text(categoriesJson) != null ? campaigns.parseCategories(categoriesJson)
                : quotas(execution);
        CampaignRequest request = new CampaignRequest(integer(execution.getVariable("year"), "年度"), text(execution.getVariable("title")),
                categories, deadline(execution.getVariable(VAR_NOMINATION_DEADLINE)),
                integer(execution.getVariable("noticeWorkingDays"), "公示期（工作日）"));
        Map<String, Object> variables = campaigns.openFromStartForm(request, user, execution.getProcessInstanceId());
        execution.removeVariables(QUOTA_FIELDS.values());
        execution.removeVariable(VAR_NOMINATION_DEADLINE);
        execution.setVariables(variables);
        execution.setProcessBusinessKey(CampaignService.businessKey(request.title(), (Long) variables.get(VAR_CAMPAIGN_ID)));
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

    /** A Date (a start by key), or the form's day (2026-12-15, as Tasklist sends it): nominations close at its end, Beijing time. */
    private static Date deadline(Object value) {
        if (value instanceof Date date) {
            return date;
        }
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            return Date.from(day.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant().minusSeconds(1));
        } catch (DateTimeParseException e) {
            throw new TaskInputException("“推荐截止日期”应为日期，如 2026-12-15。");
        }
    }
}
