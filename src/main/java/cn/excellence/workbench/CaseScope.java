package cn.excellence.workbench;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * Whose records a user sees in 我的事项: the banner-wide roles every organization's; anyone else their own organization
 * and below (a township secretary their township and its villages, a village secretary their village, a Party
 * committee's secretary their committee); a user of no organization none.
 */
@Component
class CaseScope {

    private static final String CODE = "[a-z0-9]+(-[a-z0-9]+)*";

    private final OrganizationService organizations;

    CaseScope(OrganizationService organizations) {
        this.organizations = organizations;
    }

    /** The organization codes whose records the user sees; {@code null}: every organization. */
    Collection<String> organizationCodes(CurrentUser user) {
        if (user.isBannerWide()) {
            return null;
        }
        return organizations.scopeOf(user).map(o -> organizations.subtree(o).stream().map(Organization::code).toList()).orElse(List.of());
    }

    /** The townships the user's records lie in, for the filter. */
    List<Organization> townships(CurrentUser user) {
        if (user.isBannerWide()) {
            return organizations.townships();
        }
        return organizations.scopeOf(user).map(Organization::townshipCode).flatMap(organizations::find).stream().toList();
    }

    /** The township filter as given, checked: empty when none; 400 when malformed; 404 when the user may not see it. */
    Optional<String> township(CurrentUser user, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        if (code.length() > 64 || !code.matches(CODE)) {
            throw new TaskInputException("苏木镇代码（township）格式不正确：只能由小写字母、数字和连字符组成，例如 wulashan。");
        }
        if (townships(user).stream().noneMatch(t -> t.code().equals(code))) {
            throw ApiException.notFound("找不到苏木镇“" + TextRules.abbreviate(code) + "”，或您无权查看其事项。");
        }
        return Optional.of(code);
    }
}
