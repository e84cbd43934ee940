package cn.excellence.themes;

import static cn.excellence.themes.ThemeProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.themes.ThemeViews.RegisterRequest;
import cn.excellence.themes.ThemeViews.RegistrationView;

/**
 * The registrations a user may see (their organization and below; banner-wide roles all), and registration through the
 * API: it completes the same task through the engine, as the user, under the same rules as the task's form.
 */
@Service
public class ThemeRegistrations {

    private final ThemeRepository repository;
    private final ThemeService themes;
    private final OrganizationService organizations;
    private final TaskService taskService;

    ThemeRegistrations(ThemeRepository repository, ThemeService themes, OrganizationService organizations, TaskService taskService) {
        this.repository = repository;
        this.themes = themes;
        this.organizations = organizations;
        this.taskService = taskService;
    }

    /** The codes of the organizations the user may see. */
    Set<String> scope(CurrentUser user) {
        return organizations.scopeOf(user).map(organizations::subtree).orElse(List.of()).stream().map(Organization::code)
                .collect(Collectors.toSet());
    }

    /** The year's registrations the user may see, in tree order. */
    public List<ThemeRegistration> visible(CurrentUser user, int year) {
        themes.year(year);
        Set<String> scope = scope(user);
        return repository.ofYear(year).stream().filter(r -> scope.contains(r.organizationCode())).toList();
    }

    /** One organization's registration; 404 when the year or the organization is unknown or not the user's to see. */
    public ThemeRegistration visible(CurrentUser user, int year, String code) {
        themes.year(year);
        organizations.visible(user, code);
        return themes.registrationOf(year, code);
    }

    @Transactional
    public RegistrationView register(CurrentUser user, int year, String code, RegisterRequest request) {
        ThemeRegistration registration = visible(user, year, code);
        themes.checkOpen(year);
        if (registration.status() == ThemeStatus.SUBMITTED || registration.status() == ThemeStatus.APPROVED) {
            throw ApiException.conflict("“" + registration.organizationName() + "”的主题载体已" + (registration.status() == ThemeStatus.APPROVED
                    ? "审核通过" : "提交，正在审核") + "，不能再登记。");
        }
        Task task = registration.processInstanceId() == null ? null
                : taskService.createTaskQuery().processInstanceId(registration.processInstanceId()).taskDefinitionKey(TASK_REGISTER).singleResult();
        if (task == null) {
            throw ApiException.forbidden("“" + registration.organizationName() + "”的主题载体登记不是您的待办，由"
                    + (registration.secretary() == null ? "旗委组织部" : registration.secretary()) + "登记。");
        }
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), user.userId());
        } else if (!task.getAssignee().equals(user.userId())) {
            throw ApiException.conflict("该登记任务已由 " + task.getAssignee() + " 认领，无法由您办理。");
        }
        Map<String, Object> values = new HashMap<>();
        values.put(VAR_THEME, request == null ? null : request.theme());
        values.put(VAR_CARRIER, request == null ? null : request.carrier());
        values.put(VAR_MEASURES, request == null ? null : request.measures());
        taskService.complete(task.getId(), values);
        return RegistrationView.of(themes.registration(registration.id()));
    }
}
