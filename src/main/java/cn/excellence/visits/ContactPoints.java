package cn.excellence.visits;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.visits.VisitViews.CalendarEntry;
import cn.excellence.visits.VisitViews.ContactPointView;

/** 联系点: org-dept assigns them to leaders; a leader's calendar lists the visits due (overdue ones flagged). */
@Service
class ContactPoints {

    static final int MAX_CALENDAR_DAYS = 2 * 366;

    private final VisitRepository repository;
    private final VisitRules rules;
    private final OrganizationService organizations;

    ContactPoints(VisitRepository repository, VisitRules rules, OrganizationService organizations) {
        this.repository = repository;
        this.rules = rules;
        this.organizations = organizations;
    }

    @Transactional
    ContactPointView assign(CurrentUser user, String leaderId, String organizationCode, LocalDate since, String frequency) {
        rules.requireOrgDept(user, "确定领导的联系点");
        String leader = rules.leader(leaderId);
        Organization organization = rules.visible(user, organizationCode);
        LocalDate start = VisitRules.pastDate(since, "联系起始日期");
        VisitFrequency every = VisitRules.choice(VisitFrequency.class, frequency, "走访频次", Arrays.asList(VisitFrequency.values()));
        rules.fitsLeader(leader, organization);
        if (repository.contactPointExists(leader, organization.code())) {
            throw ApiException.conflict("“" + organization.name() + "”已是 " + leader + " 的联系点。");
        }
        long id = repository.insertContactPoint(new ContactPoint(0, leader, organization.code(), start, every), user.userId());
        return view(repository.contactPoint(id).orElseThrow());
    }

    /** Org-dept sees every contact point, anyone else their own. */
    List<ContactPointView> list(CurrentUser user) {
        return ofUser(user).stream().map(this::view).toList();
    }

    ContactPoint get(CurrentUser user, long id) {
        return repository.contactPoint(id).filter(p -> VisitRules.isOrgDept(user) || p.leaderId().equals(user.userId()))
                .orElseThrow(() -> ApiException.notFound("找不到编号为 " + id + " 的联系点，或您无权查看。"));
    }

    /** The visits due from {@code from} to {@code to} per contact point, each point's next one; overdue ones whatever their date. */
    List<CalendarEntry> calendar(CurrentUser user, LocalDate from, LocalDate to) {
        LocalDate start = from == null ? VisitRules.today() : from;
        LocalDate end = to == null ? start.plusMonths(3) : to;
        if (end.isBefore(start)) {
            throw new TaskInputException("“截止日期”不能早于“起始日期”。");
        }
        if (start.plusDays(MAX_CALENDAR_DAYS).isBefore(end)) {
            throw new TaskInputException("日历一次最多查询两年。");
        }
        LocalDate today = VisitRules.today();
        return ofUser(user).stream().map(p -> entry(p, today))
                .filter(e -> e.overdue() || !e.nextDue().isBefore(start) && !e.nextDue().isAfter(end)).toList();
    }

    private CalendarEntry entry(ContactPoint point, LocalDate today) {
        LocalDate last = repository.lastVisit(point.leaderId(), point.organizationCode(), point.since(), today).orElse(null);
        LocalDate due = point.frequency().after(last == null ? point.since() : last);
        return new CalendarEntry(point.id(), point.leaderId(), point.organizationCode(), name(point.organizationCode()),
                point.frequency().label(), last, due, due.isBefore(today));
    }

    private List<ContactPoint> ofUser(CurrentUser user) {
        return repository.contactPoints(VisitRules.isOrgDept(user) ? null : user.userId());
    }

    ContactPointView view(ContactPoint point) {
        return new ContactPointView(point.id(), point.leaderId(), point.organizationCode(), name(point.organizationCode()), point.since(),
                point.frequency().name(), point.frequency().label());
    }

    private String name(String code) {
        return organizations.find(code).map(Organization::name).orElse(code);
    }
}
