package cn.excellence.pairing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.organization.Sector;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * Who may see and record what: a pair is seen by whoever sees its helper or its village (the helper's secretary, the village's,
 * the township's; banner-wide roles all), anything else is "not found"; org-dept makes pairs; the helper's secretaries (or
 * org-dept) record commitments and fulfilment.
 */
@Component
class PairingAccess {

    static final int FIRST_YEAR = 2000;
    static final List<String> SECRETARY_GROUPS = List.of(Groups.VILLAGE_SECRETARY, Groups.TOWNSHIP_SECRETARY, Groups.PARTY_SECRETARY);
    /** The sectors whose Party organizations help villages: 机关 (organs), 企业, 事业 (schools, health). */
    static final Set<Sector> HELPER_SECTORS = Set.of(Sector.ORGAN, Sector.ENTERPRISE, Sector.SCHOOL, Sector.HEALTH);

    private final OrganizationService organizations;

    PairingAccess(OrganizationService organizations) {
        this.organizations = organizations;
    }

    boolean canSee(CurrentUser user, Pair pair) {
        return organizations.canSee(user, pair.helperCode()) || organizations.canSee(user, pair.villageCode());
    }

    Pair readable(CurrentUser user, java.util.Optional<Pair> pair, long id) {
        return pair.filter(p -> canSee(user, p))
                .orElseThrow(() -> ApiException.notFound("找不到编号为 " + id + " 的结对，或您无权查看。"));
    }

    /** Commitments and fulfilment are the helper's to record: its secretaries (or those above it), or org-dept. */
    void checkHelperSide(CurrentUser user, Pair pair) {
        if (!mayRecord(user, pair)) {
            throw ApiException.forbidden("只有帮扶单位的党组织书记或旗委组织部可以登记承诺和履行情况。");
        }
    }

    boolean mayRecord(CurrentUser user, Pair pair) {
        return organizations.canSee(user, pair.helperCode())
                && (user.isMemberOf(Groups.ORG_DEPT) || SECRETARY_GROUPS.stream().anyMatch(user::isMemberOf));
    }

    /** The village's side: its secretary, or the township's above it, confirms receipt in 待办. */
    boolean mayConfirm(CurrentUser user, Pair pair) {
        return !user.isBannerWide() && organizations.canSee(user, pair.villageCode());
    }

    void checkOrgDept(CurrentUser user) {
        if (!user.isMemberOf(Groups.ORG_DEPT)) {
            throw ApiException.forbidden("只有旗委组织部可以确定结对关系。");
        }
    }

    /** A Party organization of the organs', enterprises' or institutions' sectors. */
    Organization helper(String code) {
        Organization organization = existing(code, "帮扶单位");
        if (organization.village() || !HELPER_SECTORS.contains(organization.sector())) {
            throw new TaskInputException("“" + organization.name() + "”不是机关、企业或事业单位的党组织，不能作为帮扶单位。");
        }
        return organization;
    }

    /** A village (嘎查村) organization. */
    Organization village(String code) {
        Organization organization = existing(code, "结对嘎查村");
        if (!organization.village()) {
            throw new TaskInputException("“" + organization.name() + "”不是嘎查村党组织，不能作为结对嘎查村。");
        }
        return organization;
    }

    private Organization existing(String code, String label) {
        if (code == null || code.isBlank()) {
            throw new TaskInputException("请选择“" + label + "”。");
        }
        return organizations.find(code.strip())
                .orElseThrow(() -> new TaskInputException("“" + label + "”不存在：找不到组织“" + TextRules.abbreviate(code.strip()) + "”。"));
    }

    String name(String code) {
        return organizations.get(code).name();
    }

    /** The account that works the organization: its own secretary, else the nearest one above it. */
    String secretaryOf(String code) {
        return organizations.nearestHolder(code, SECRETARY_GROUPS)
                .orElseThrow(() -> new TaskInputException("“" + name(code) + "”及其上级尚未配置书记账号。"));
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    static LocalDate today() {
        return LocalDate.ofInstant(now(), WorkingDayCalendar.ZONE);
    }

    /** A year of the campaign: given, from 2000 to next year. */
    static int year(Integer year, String label) {
        int current = today().getYear();
        if (year == null) {
            throw new TaskInputException("请填写“" + label + "”。");
        }
        if (year < FIRST_YEAR || year > current + 1) {
            throw new TaskInputException("“" + label + "”应在 " + FIRST_YEAR + " 至 " + (current + 1) + " 之间。");
        }
        return year;
    }

    static int yearOrCurrent(Integer year) {
        return year == null ? today().getYear() : year(year, "年度");
    }
}
