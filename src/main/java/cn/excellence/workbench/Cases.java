package cn.excellence.workbench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.cases.CaseKind;
import cn.excellence.shared.cases.CaseRecord;
import cn.excellence.shared.cases.CaseSource;
import cn.excellence.shared.cases.CaseStatus;
import cn.excellence.shared.cases.CaseTimes;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.Page;
import cn.excellence.workbench.CaseProgress.Progress;

/** 我的事项: every feature's records the user may see, newest first, filtered by township, kind and status. */
@Service
class Cases {

    private static final Comparator<CaseItem> NEWEST_FIRST = Comparator.comparing(CaseItem::updatedAt, Comparator.nullsLast(
            Comparator.reverseOrder())).thenComparing(CaseItem::kind).thenComparing(CaseItem::id, Comparator.reverseOrder());

    private final List<CaseSource> sources;
    private final CaseScope scope;
    private final OrganizationService organizations;
    private final CaseProgress progress;

    Cases(List<CaseSource> sources, CaseScope scope, OrganizationService organizations, CaseProgress progress) {
        this.sources = sources.stream().sorted(Comparator.comparing(CaseSource::kind)).toList();
        this.scope = scope;
        this.organizations = organizations;
        this.progress = progress;
    }

    Page<CaseItem> list(CurrentUser user, String township, String kind, String status, int page, int size) {
        Page.check(page, size);
        List<CaseItem> items = all(user, township, kind, status);
        int from = (int) Math.min((long) page * size, items.size());
        return new Page<>(items.subList(from, Math.min(from + size, items.size())), page, size, items.size());
    }

    /** Every record the user may see that passes the filters, newest first (the list's pages, or the Excel export). */
    List<CaseItem> all(CurrentUser user, String township, String kind, String status) {
        Optional<CaseKind> kindFilter = kind(kind);
        Optional<String> statusFilter = status(kindFilter, status);
        Optional<String> townshipFilter = scope.township(user, township);
        return visible(user, kindFilter).stream()
                .filter(i -> townshipFilter.map(t -> t.equals(i.townshipCode())).orElse(true))
                .filter(i -> statusFilter.map(s -> s.equals(i.status())).orElse(true))
                .sorted(NEWEST_FIRST).toList();
    }

    CaseFilters filters(CurrentUser user) {
        List<CaseFilters.Township> townships = scope.townships(user).stream().map(t -> new CaseFilters.Township(t.code(), t.name())).toList();
        List<CaseFilters.Kind> kinds = sources.stream().map(s -> new CaseFilters.Kind(s.kind(), s.kind().label())).toList();
        List<CaseFilters.Status> statuses = sources.stream().flatMap(s -> s.statuses().stream())
                .map(s -> new CaseFilters.Status(s.kind(), s.status(), s.label())).toList();
        return new CaseFilters(townships, kinds, statuses);
    }

    /** The user's record whose process instance this is, if the user's scope holds one. */
    Optional<CaseItem> withProcess(CurrentUser user, String processInstanceId) {
        return visible(user, Optional.empty()).stream().filter(i -> processInstanceId.equals(i.processInstanceId())).findFirst();
    }

    private List<CaseItem> visible(CurrentUser user, Optional<CaseKind> kind) {
        Collection<String> codes = scope.organizationCodes(user);
        List<CaseRecord> records = sources.stream().filter(s -> kind.map(k -> k == s.kind()).orElse(true))
                .flatMap(s -> s.cases(codes).stream()).toList();
        Map<String, Progress> moves = progress.of(records.stream().map(CaseRecord::processInstanceId).filter(Objects::nonNull).toList());
        Map<String, Optional<Organization>> orgs = new HashMap<>();
        List<CaseItem> items = new ArrayList<>();
        for (CaseRecord r : records) {
            Optional<Organization> org = orgs.computeIfAbsent(r.organizationCode(), organizations::find);
            String townshipCode = org.map(Organization::townshipCode).orElse(null);
            Optional<Organization> township = townshipCode == null ? Optional.empty() : orgs.computeIfAbsent(townshipCode, organizations::find);
            Progress moved = r.processInstanceId() == null ? Progress.NONE : moves.getOrDefault(r.processInstanceId(), Progress.NONE);
            items.add(new CaseItem(r.kind(), r.kind().label(), r.id(), r.title(), r.organizationCode(), org.map(Organization::name).orElse(null),
                    township.map(Organization::code).orElse(null), township.map(Organization::name).orElse(null), r.status(), r.statusLabel(),
                    local(moved.openTaskDue() != null ? moved.openTaskDue() : r.deadline()),
                    local(CaseTimes.latest(r.updatedAt(), moved.lastMoved())), r.processInstanceId()));
        }
        return items;
    }

    private Optional<CaseKind> kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return Optional.empty();
        }
        Optional<CaseKind> known = Arrays.stream(CaseKind.values()).filter(k -> k.name().equals(kind)).findFirst();
        if (known.isEmpty()) {
            throw new TaskInputException("事项类别（kind）须为以下之一：" + Arrays.stream(CaseKind.values())
                    .map(k -> k.name() + "（" + k.label() + "）").collect(Collectors.joining("、")) + "。");
        }
        return known;
    }

    private Optional<String> status(Optional<CaseKind> kind, String status) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        boolean known = sources.stream().filter(s -> kind.map(k -> k == s.kind()).orElse(true))
                .flatMap(s -> s.statuses().stream()).map(CaseStatus::status).anyMatch(status::equals);
        if (!known) {
            throw new TaskInputException("事项状态（status）不正确：请从筛选项（/api/workbench/cases/filters）中选择"
                    + kind.map(k -> "“" + k.label() + "”的状态").orElse("状态") + "。");
        }
        return Optional.of(status);
    }

    private static java.time.OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(WorkingDayCalendar.ZONE).toOffsetDateTime();
    }
}
