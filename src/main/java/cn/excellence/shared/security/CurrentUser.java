package cn.excellence.shared.security;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import cn.excellence.shared.Groups;

/** The authenticated user of the current request: the engine user id and the engine groups. */
public record CurrentUser(String userId, List<String> groups) {

    public static CurrentUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            throw new IllegalStateException("no authenticated user in this request");
        }
        return user;
    }

    public boolean isMemberOf(String group) {
        return groups.contains(group);
    }

    public boolean isBannerWide() {
        return groups.stream().anyMatch(Groups.BANNER_WIDE::contains);
    }
}
