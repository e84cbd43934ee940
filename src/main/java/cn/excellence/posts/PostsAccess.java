package cn.excellence.posts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import cn.excellence.organization.MemberProfile;
import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.organization.Sector;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * Who may see and record what: a user sees the organizations in their scope (their own and below, banner-wide roles all),
 * anything else is "not found"; secretaries and org-dept record.
 */
@Component
class PostsAccess {

    static final int FIRST_YEAR = 2000;
    private static final Set<String> RECORDERS = Set.of(Groups.ORG_DEPT, Groups.TOWNSHIP_SECRETARY, Groups.VILLAGE_SECRETARY,
            Groups.PARTY_SECRETARY);

    private final OrganizationService organizations;

    PostsAccess(OrganizationService organizations) {
        this.organizations = organizations;
    }

    Organization readable(CurrentUser user, String code) {
        return organizations.visible(user, code);
    }

    /** The organization in the user's scope, if they may record for it (a secretary of it or above, or org-dept). */
    Organization writable(CurrentUser user, String code) {
        Organization organization = readable(user, code);
        if (user.groups().stream().noneMatch(RECORDERS::contains)) {
            throw ApiException.forbidden("只有党组织书记或旗委组织部可以登记设岗定责和一书一卡一簿。");
        }
        return organization;
    }

    /** Posts are defined by village (嘎查村) and community (社区) organizations. */
    Organization postOrganization(CurrentUser user, String code) {
        Organization organization = writable(user, code);
        if (!organization.village() && organization.sector() != Sector.COMMUNITY) {
            throw new TaskInputException("岗位只能设在嘎查村或社区党组织，“" + organization.name() + "”不是。");
        }
        return organization;
    }

    /** The member, if the user may see their organization; otherwise "not found", so nothing leaks. */
    MemberProfile member(CurrentUser user, long memberId) {
        return organizations.member(memberId).filter(m -> organizations.canSee(user, m.organizationCode()))
                .orElseThrow(() -> ApiException.notFound("找不到编号为 " + memberId + " 的党员，或您无权查看。"));
    }

    MemberProfile recordableMember(CurrentUser user, long memberId) {
        MemberProfile member = member(user, memberId);
        writable(user, member.organizationCode());
        return member;
    }

    boolean canSee(CurrentUser user, String organizationCode) {
        return organizations.canSee(user, organizationCode);
    }

    /** A member of the organization (or below) for the public page; anyone else is "not found". */
    MemberProfile publicMember(Organization organization, long memberId) {
        return organizations.member(memberId).filter(m -> within(organization, m))
                .orElseThrow(() -> ApiException.notFound("该党组织没有编号为 " + memberId + " 的党员。"));
    }

    Organization organizationOf(MemberProfile member) {
        return organizations.get(member.organizationCode());
    }

    boolean within(Organization organization, MemberProfile member) {
        return organizations.find(member.organizationCode()).map(organization::contains).orElse(false);
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    static LocalDate today() {
        return LocalDate.ofInstant(now(), WorkingDayCalendar.ZONE);
    }

    /** A year of the campaign: given, from 2000 to next year. */
    static int year(Integer year) {
        int current = today().getYear();
        if (year == null) {
            throw new TaskInputException("请填写“年度”。");
        }
        if (year < FIRST_YEAR || year > current + 1) {
            throw new TaskInputException("“年度”应在 " + FIRST_YEAR + " 至 " + (current + 1) + " 之间。");
        }
        return year;
    }

    static int yearOrCurrent(Integer year) {
        return year == null ? today().getYear() : year(year);
    }
}
