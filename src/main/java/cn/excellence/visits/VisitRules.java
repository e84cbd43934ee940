package cn.excellence.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * Who may do what with visits, and the checks every input goes through: leaders are standing-committee members (旗委常委) and
 * township secretaries (苏木镇党委书记); org-dept assigns contact points and records for anyone; a leader records their own
 * visits; a user reaches only the organizations in their scope (anything else is "not found").
 */
@Component
class VisitRules {

    static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
    static final Set<String> LEADER_GROUPS = Set.of(Groups.STANDING_COMMITTEE, Groups.TOWNSHIP_SECRETARY);
    static final int MAX_LEADERS = 20;
    static final int MAX_TEXT = 500;

    private final OrganizationService organizations;

    VisitRules(OrganizationService organizations) {
        this.organizations = organizations;
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    static LocalDate today() {
        return LocalDate.ofInstant(now(), WorkingDayCalendar.ZONE);
    }

    static boolean isOrgDept(CurrentUser user) {
        return user.isMemberOf(Groups.ORG_DEPT);
    }

    static boolean isLeader(CurrentUser user) {
        return user.groups().stream().anyMatch(LEADER_GROUPS::contains);
    }

    void requireOrgDept(CurrentUser user, String what) {
        if (!isOrgDept(user)) {
            throw ApiException.forbidden("只有旗委组织部可以" + what + "。");
        }
    }

    void requireRecorder(CurrentUser user) {
        if (!isOrgDept(user) && !isLeader(user)) {
            throw ApiException.forbidden("只有旗委常委、苏木镇党委书记或旗委组织部可以登记走访。");
        }
    }

    Organization visible(CurrentUser user, String code) {
        if (code == null || code.isBlank()) {
            throw new TaskInputException("请选择走访的党组织。");
        }
        return organizations.visible(user, code.strip());
    }

    /** A date a user gave: present, from 2000 on, not after today. */
    static LocalDate pastDate(LocalDate date, String label) {
        if (date == null) {
            throw new TaskInputException("请填写“" + label + "”。");
        }
        if (date.isBefore(FIRST_DATE)) {
            throw new TaskInputException("“" + label + "”不能早于 2000-01-01。");
        }
        if (date.isAfter(today())) {
            throw new TaskInputException("“" + label + "”不能晚于今天（" + today() + "）。");
        }
        return date;
    }

    /** A year of the records: given or this one, from 2000 to next year. */
    static int year(Integer year) {
        int current = today().getYear();
        int y = year == null ? current : year;
        if (y < FIRST_DATE.getYear() || y > current + 1) {
            throw new TaskInputException("“年度”应在 " + FIRST_DATE.getYear() + " 至 " + (current + 1) + " 之间。");
        }
        return y;
    }

    static String text(String value, String label, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                throw new TaskInputException("请填写“" + label + "”。");
            }
            return null;
        }
        if (text.length() > max) {
            throw new TaskInputException("“" + label + "”最多 " + max + " 个字。");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new TaskInputException("“" + label + "”含有不可见的控制字符，请删除后重试。");
        }
        return text;
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String label, Collection<E> all) {
        if (value == null || value.isBlank()) {
            throw new TaskInputException("请选择“" + label + "”。");
        }
        for (E option : all) {
            if (option.name().equals(value.strip())) {
                return option;
            }
        }
        throw new TaskInputException("“" + label + "”应为 " + String.join("、", all.stream().map(Enum::name).toList()) + " 之一。");
    }

    /** A leader: a user in the standing committee or a township secretary. */
    String leader(String userId) {
        if (userId == null || userId.isBlank()) {
            throw new TaskInputException("请填写领导的用户名。");
        }
        String id = userId.strip();
        if (organizations.groupsOf(id).stream().noneMatch(LEADER_GROUPS::contains)) {
            throw new TaskInputException("“" + id + "”不是旗委常委或苏木镇党委书记，不能作为联系点领导或走访领导。");
        }
        return id;
    }

    /** The leaders taking part: given ones (the recording leader among them), each a leader, at most {@value #MAX_LEADERS}. */
    List<String> leaders(CurrentUser user, List<String> given) {
        Set<String> ids = new LinkedHashSet<>();
        if (given != null) {
            given.forEach(id -> ids.add(leader(id)));
        }
        if (isLeader(user)) {
            ids.add(user.userId());
        }
        if (ids.isEmpty()) {
            throw new TaskInputException("请填写参加走访的领导。");
        }
        if (ids.size() > MAX_LEADERS) {
            throw new TaskInputException("参加走访的领导最多 " + MAX_LEADERS + " 人。");
        }
        return new ArrayList<>(ids);
    }

    /** A township leader's contact points lie in their own township. */
    void fitsLeader(String leaderId, Organization organization) {
        if (organizations.groupsOf(leaderId).contains(Groups.STANDING_COMMITTEE)) {
            return;
        }
        boolean inTownship = organizations.organizationOf(leaderId).flatMap(organizations::find)
                .map(scope -> scope.contains(organization)).orElse(false);
        if (!inTownship) {
            throw new TaskInputException("苏木镇领导的联系点应在本苏木镇内，“" + organization.name() + "”不在。");
        }
    }
}
