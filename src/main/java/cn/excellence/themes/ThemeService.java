package cn.excellence.themes;

import static cn.excellence.shared.jdbc.Rows.columns;
import static cn.excellence.themes.ThemeProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationKind;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.ApplicationStarts;
import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * Opens a campaign year (org-dept) with one registration per organization of the tree, each for the organization's nearest
 * secretary and reviewed by the township or committee above (org-dept for the Party committees); records what is
 * registered and decided.
 */
@Service
public class ThemeService {

    static final String ROOT = "banner";
    static final Duration REMINDER_BEFORE = Duration.ofDays(3);
    private static final List<String> SECRETARY_GROUPS = List.of(Groups.VILLAGE_SECRETARY, Groups.TOWNSHIP_SECRETARY, Groups.PARTY_SECRETARY);
    private static final List<String> REVIEWER_GROUPS = List.of(Groups.TOWNSHIP_SECRETARY, Groups.PARTY_SECRETARY, Groups.VILLAGE_SECRETARY);

    private final ThemeRepository repository;
    private final OrganizationService organizations;
    private final RuntimeService runtimeService;

    ThemeService(ThemeRepository repository, OrganizationService organizations, RuntimeService runtimeService) {
        this.repository = repository;
        this.organizations = organizations;
        this.runtimeService = runtimeService;
    }

    /** What org-dept asks for: the year and the day registration closes (its end, Beijing time). */
    public record OpenRequest(Integer year, Instant deadline) {
    }

    void checkMayOpen(CurrentUser user) {
        if (!user.isMemberOf(Groups.ORG_DEPT)) {
            throw ApiException.forbidden("只有旗委组织部可以开展主题载体登记。");
        }
    }

    /** Records the year (the start form's and the API's way); the variables the campaign process runs on. */
    @Transactional
    public Map<String, Object> open(OpenRequest request, CurrentUser user, String processInstanceId) {
        checkMayOpen(user);
        if (request.year() == null) {
            throw new TaskInputException("请填写“年度”。");
        }
        if (request.year() < 2000 || request.year() > 2100) {
            throw new TaskInputException("“年度”应为 2000 到 2100 之间的年份。");
        }
        if (request.deadline() == null) {
            throw new TaskInputException("请填写“登记截止日期”。");
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        if (!request.deadline().isAfter(now)) {
            throw new TaskInputException("“登记截止日期”应在今天之后。");
        }
        if (repository.findYear(request.year()).isPresent()) {
            throw alreadyOpen(request.year());
        }
        Instant reminderAt = request.deadline().minus(REMINDER_BEFORE).isAfter(now) ? request.deadline().minus(REMINDER_BEFORE) : now;
        try {
            repository.insertYear(request.year(), request.deadline(), reminderAt, user.userId(), now, processInstanceId);
        } catch (DuplicateKeyException e) {
            throw alreadyOpen(request.year());
        }
        return Map.of(VAR_YEAR, request.year(), VAR_DEADLINE, Date.from(request.deadline()), VAR_REMINDER_AT, Date.from(reminderAt));
    }

    private static ApiException alreadyOpen(int year) {
        return ApiException.conflict(year + " 年度的主题载体登记已经开展，不能重复开展。");
    }

    /** Opens the year and starts its campaign process as the current engine user (the API's way); the year. */
    @Transactional
    public int start(OpenRequest request, CurrentUser user) {
        Map<String, Object> variables = open(request, user, null);
        ApplicationStarts.run(() -> runtimeService.startProcessInstanceByKey(CAMPAIGN_PROCESS, businessKey(request.year()), variables));
        return request.year();
    }

    static String businessKey(int year) {
        return BusinessKeys.of("主题载体登记", year + "年度", year);
    }

    /** One registration per organization of the tree, in tree order, each with its secretary and reviewer; their ids. */
    @Transactional
    public List<Long> openRegistrations(int year, String processInstanceId) {
        year(year);
        repository.setProcess(year, processInstanceId);
        Map<String, Organization> byCode = new HashMap<>();
        List<Organization> all = organizations.subtree(organizations.get(ROOT));
        all.forEach(o -> byCode.put(o.code(), o));
        Map<String, Optional<String>> holders = new HashMap<>();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        List<Long> ids = new ArrayList<>();
        for (Organization o : all) {
            if (o.kind() == OrganizationKind.BANNER_COMMITTEE) {
                continue;
            }
            String secretary = nearest(o, byCode, holders, SECRETARY_GROUPS, false);
            String reviewer = o.parentCode() == null ? null : nearest(byCode.get(o.parentCode()), byCode, holders, REVIEWER_GROUPS, true);
            ids.add(repository.insertRegistration(year, o.code(), o.name(), o.townshipCode(), o.sector().name(), ids.size(), secretary, reviewer, now));
        }
        return ids;
    }

    /** The holder of one of the groups in the organization or the nearest one above it (only Party committees: a reviewer); null: none. */
    private String nearest(Organization start, Map<String, Organization> byCode, Map<String, Optional<String>> holders, List<String> groups,
            boolean committees) {
        for (Organization o = start; o != null && o.kind() != OrganizationKind.BANNER_COMMITTEE; o = byCode.get(o.parentCode())) {
            if (committees && o.kind() != OrganizationKind.PARTY_COMMITTEE) {
                continue;
            }
            String code = o.code();
            Optional<String> holder = holders.computeIfAbsent(committees + "@" + code, k -> holderOf(code, groups));
            if (holder.isPresent()) {
                return holder.get();
            }
        }
        return null;
    }

    private Optional<String> holderOf(String code, List<String> groups) {
        if (organizations.usersOf(code).isEmpty()) {
            return Optional.empty();
        }
        return groups.stream().map(g -> organizations.holderOf(code, g)).flatMap(Optional::stream).findFirst();
    }

    /** The registration's process instance, where its tasks are found. */
    @Transactional
    public void attachProcess(long id, String processInstanceId) {
        repository.update(id, columns("process_instance_id", processInstanceId));
    }

    /** The secretary's registration (from the task's completion, whichever client sent it). */
    @Transactional
    public void register(long id, Object theme, Object carrier, Object measures) {
        ThemeRegistration registration = registration(id);
        ThemeYear year = checkOpen(registration.year());
        String checkedTheme = TextRules.required(theme, "活动主题", 1, 100);
        String checkedCarrier = TextRules.required(carrier, "活动载体", 1, 200);
        String checkedMeasures = TextRules.optional(measures, "主要举措", 1000);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        repository.update(id, columns("status", ThemeStatus.SUBMITTED, "theme", checkedTheme, "carrier", checkedCarrier, "measures", checkedMeasures,
                "late", registration.late() || now.isAfter(year.deadline()), "submitted_at", now, "updated_at", now));
    }

    /** The reviewer's decision: 通过 (covered) or 退回 with a reason. */
    @Transactional
    public void review(long id, Object decision, Object note) {
        ThemeRegistration registration = registration(id);
        checkOpen(registration.year());
        boolean approve = "APPROVE".equals(decision);
        if (!approve && !"RETURN".equals(decision)) {
            throw new TaskInputException("请选择“审核结论”：通过或退回修改。");
        }
        String checkedNote = TextRules.optional(note, "审核意见", 1000);
        if (!approve && checkedNote == null) {
            throw new TaskInputException("退回时请在“审核意见”中写明理由。");
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        repository.update(id, columns("status", approve ? ThemeStatus.APPROVED : ThemeStatus.RETURNED, "review_note", checkedNote,
                "approved_at", approve ? now : null, "updated_at", now));
    }

    ThemeYear checkOpen(int year) {
        ThemeYear found = year(year);
        if (found.completed()) {
            throw ApiException.conflict(year + " 年度的主题载体登记已经结束，不能再登记或审核。");
        }
        return found;
    }

    /**
     * Whether every registration of the year is approved, counted under a lock of the year's row: of two last approvals
     * committing together, the later one sees the other's.
     */
    @Transactional
    public boolean fullyCovered(int year) {
        repository.lockYear(year);
        return repository.countNotApproved(year) == 0;
    }

    /** Every organization covered: the year ends. */
    @Transactional
    public void complete(int year) {
        repository.completeYear(year, ClockUtil.getCurrentTime().toInstant());
    }

    /** Open registrations past the deadline are marked late (逾期); how many. */
    @Transactional
    public int markLate(int year) {
        return repository.markLate(year, ClockUtil.getCurrentTime().toInstant());
    }

    public ThemeYear year(int year) {
        return repository.findYear(year).orElseThrow(() -> ApiException.notFound("没有 " + year + " 年度的主题载体登记。"));
    }

    public List<ThemeYear> years() {
        return repository.years();
    }

    public ThemeRegistration registrationOf(int year, String organizationCode) {
        return repository.find(year, organizationCode).orElseThrow(() -> ApiException.notFound("“" + organizationCode + "”没有 " + year + " 年度的主题载体登记。"));
    }

    public ThemeRegistration registration(long id) {
        return repository.find(id).orElseThrow(() -> ApiException.notFound("找不到该主题载体登记。"));
    }
}
