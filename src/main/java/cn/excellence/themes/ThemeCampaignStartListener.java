package cn.excellence.themes;

import static cn.excellence.shared.FormValues.endOfDay;
import static cn.excellence.shared.FormValues.integer;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.excellence.shared.engine.StartFormListener;
import cn.excellence.shared.security.CurrentUser;

/**
 * A campaign year started through its start form (bpmn/theme-campaign-start.form) or by key, as the starting user
 * (org-dept): recorded by {@link ThemeService#open}, as the API does; the process goes on with the year and its dates.
 */
@Component
class ThemeCampaignStartListener extends StartFormListener {

    static final List<String> FORM_FIELDS = List.of();

    private final ThemeService themes;

    ThemeCampaignStartListener(ThemeService themes) {
        this.themes = themes;
    }

    @Override
    protected Recorded record(DelegateExecution execution) {
        CurrentUser user = CurrentUser.of(execution);
        themes.checkMayOpen(user);
        Integer year = integer(execution.getVariable(ThemeProcess.VAR_YEAR), "年度");
        Date deadline = endOfDay(execution.getVariable(ThemeProcess.VAR_DEADLINE), "登记截止日期");
        Map<String, Object> variables = themes.open(new ThemeService.OpenRequest(year, deadline == null ? null : deadline.toInstant()), user,
                execution.getProcessInstanceId());
        return new Recorded(variables, ThemeService.businessKey(year), FORM_FIELDS);
    }
}
