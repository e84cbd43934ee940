package cn.excellence.shared.security;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import cn.excellence.shared.Groups;
import cn.excellence.shared.web.ApiException;

/** The authenticated user of the current request: the engine user id and the engine groups. */
public record CurrentUser(String userId, List<String> groups) {

    public static CurrentUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            throw new IllegalStateException("no authenticated user in this request");
        }
        return user;
    }

    /** The user on whose behalf the engine runs (a start through Tasklist or the engine REST), with the engine's groups. */
    public static CurrentUser of(DelegateExecution execution) {
        org.camunda.bpm.engine.impl.identity.Authentication engineUser = execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        if (engineUser == null || engineUser.getUserId() == null) {
            throw ApiException.forbidden("请先登录。");
        }
        return new CurrentUser(engineUser.getUserId(), engineUser.getGroupIds() == null ? List.of() : List.copyOf(engineUser.getGroupIds()));
    }

    public boolean isMemberOf(String group) {
        return groups.contains(group);
    }

    public boolean isBannerWide() {
        return groups.stream().anyMatch(Groups.BANNER_WIDE::contains);
    }
}
