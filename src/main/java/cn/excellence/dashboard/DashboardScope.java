package cn.excellence.dashboard;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * Who sees which townships on the dashboard: the banner-wide roles all of them, a township secretary their own
 * township only; anyone else (a village secretary, another Party committee's secretary) is refused.
 */
@Component
class DashboardScope {

    private final OrganizationService organizations;

    DashboardScope(OrganizationService organizations) {
        this.organizations = organizations;
    }

    /** The townships the user may see, narrowed to one when {@code township} is given (404 when not visible). */
    List<String> townships(CurrentUser user, String township) {
        List<String> visible = visible(user);
        if (township == null) {
            return visible;
        }
        if (!visible.contains(township)) {
            throw ApiException.notFound("找不到苏木镇“" + TextRules.abbreviate(township) + "”，或您无权查看其数据。");
        }
        return List.of(township);
    }

    /** The banner-wide views (funds, relief batches): banner-wide roles only. */
    void requireBannerWide(CurrentUser user, String what) {
        visible(user);
        if (!user.isBannerWide()) {
            throw ApiException.forbidden(what + "是全旗统一账目，只对旗委组织部和旗委各委员会开放。");
        }
    }

    private List<String> visible(CurrentUser user) {
        if (user.isBannerWide()) {
            return organizations.townships().stream().map(Organization::code).toList();
        }
        Optional<Organization> own = user.isMemberOf(Groups.TOWNSHIP_SECRETARY) ? organizations.scopeOf(user) : Optional.empty();
        return own.filter(o -> organizations.townships().stream().anyMatch(t -> t.code().equals(o.code())))
                .map(o -> List.of(o.code()))
                .orElseThrow(() -> ApiException.forbidden("工作概况只对旗委组织部、旗委各委员会和苏木镇党委书记开放。"));
    }
}
