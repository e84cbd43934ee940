package cn.excellence.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.Groups;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * Who may see and record what: a course is seen by whoever sees its organizer (their own organization and below,
 * banner-wide roles all), anything else is "not found"; org-dept and township or committee secretaries record.
 */
@Component
class TrainingAccess {

    static final Set<String> RECORDERS = Set.of(Groups.ORG_DEPT, Groups.TOWNSHIP_SECRETARY, Groups.PARTY_SECRETARY);

    private final OrganizationService organizations;
    private final TrainingRepository repository;

    TrainingAccess(OrganizationService organizations, TrainingRepository repository) {
        this.organizations = organizations;
        this.repository = repository;
    }

    /** The user's whole scope: the root for banner-wide roles, their own organization otherwise. */
    Organization scope(CurrentUser user) {
        return organizations.scopeOf(user).orElseThrow(() -> ApiException.notFound("您的账号未归属任何党组织，没有可查看的培训。"));
    }

    /** The organization the user names (blank: their own), if they may see it. */
    Organization organization(CurrentUser user, String code) {
        return code == null || code.isBlank() ? scope(user) : organizations.visible(user, code.strip());
    }

    /** An organization the user may organize training for: org-dept or a township or committee secretary, in scope. */
    Organization organizer(CurrentUser user, String code) {
        recorder(user);
        return organization(user, code);
    }

    void recorder(CurrentUser user) {
        if (user.groups().stream().noneMatch(RECORDERS::contains)) {
            throw ApiException.forbidden("只有旗委组织部和苏木镇（党委）书记可以开设培训、登记参训。");
        }
    }

    Course course(CurrentUser user, long id) {
        return repository.find(id).filter(c -> organizations.canSee(user, c.organizerCode()))
                .orElseThrow(() -> ApiException.notFound("找不到编号为 " + id + " 的培训班，或您无权查看。"));
    }

    List<String> codesBelow(Organization organization) {
        return organizations.subtree(organization).stream().map(Organization::code).toList();
    }

    /** The township (or other Party committee) directly under the banner committee; the banner committee itself at the top. */
    static String topLevel(Organization organization) {
        List<String> codes = Stream.of(organization.path().split("/")).filter(s -> !s.isEmpty()).toList();
        return codes.size() > 1 ? codes.get(1) : codes.get(0);
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    static LocalDate today() {
        return LocalDate.ofInstant(now(), WorkingDayCalendar.ZONE);
    }
}
