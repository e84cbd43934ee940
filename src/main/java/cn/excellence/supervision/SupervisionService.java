package cn.excellence.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationKind;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.calendar.WorkingDayCalendar;

/** Supervision cycles (月度督查): who reports, which organizations are drawn for spot checks, the bulletin. */
@Service
public class SupervisionService {

    static final List<String> SECRETARY_GROUPS = List.of(Groups.TOWNSHIP_SECRETARY, Groups.VILLAGE_SECRETARY, Groups.PARTY_SECRETARY);

    private final SupervisionCycleRepository repository;
    private final MonthlyReportRepository reports;
    private final SpotCheckRepository spotChecks;
    private final OrganizationService organizations;
    private final WorkingDayCalendar calendar;
    private final RuntimeService runtimeService;
    private final int defaultSampleSize;
    private final boolean monthlyStart;

    SupervisionService(SupervisionCycleRepository repository, MonthlyReportRepository reports, SpotCheckRepository spotChecks,
            OrganizationService organizations, WorkingDayCalendar calendar, RuntimeService runtimeService,
            @Value("${excellence.supervision.sample-size:10}") int defaultSampleSize,
            @Value("${excellence.supervision.monthly-start:true}") boolean monthlyStart) {
        this.repository = repository;
        this.reports = reports;
        this.spotChecks = spotChecks;
        this.organizations = organizations;
        this.calendar = calendar;
        this.runtimeService = runtimeService;
        this.defaultSampleSize = defaultSampleSize;
        this.monthlyStart = monthlyStart;
    }

    /** Starts a cycle as the current user; its first step checks and records it. */
    @Transactional
    public long start(CycleRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("period", request.period());
        variables.put("units", request.units() == null ? null : String.join(",", request.units()));
        variables.put("reportDueDate", request.reportDueDate());
        variables.put("sampleSize", request.sampleSize());
        variables.put("strata", request.strata());
        variables.put("checklist", request.checklist() == null ? null : String.join("\n", request.checklist()));
        variables.put("seed", request.seed());
        return ((Number) runtimeService.createMessageCorrelation(SupervisionProcess.MESSAGE_CYCLE_REQUESTED).setVariables(variables)
                .correlateWithResultAndVariables(true).getVariables().get(SupervisionProcess.VAR_CYCLE_ID)).longValue();
    }

    /** The monthly timer: only on the month's first working day, and only once per month on any number of nodes. */
    public boolean startToday() {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE);
        YearMonth month = YearMonth.from(today);
        return monthlyStart && today.equals(calendar.firstWorkingDayOfMonth(month)) && cycleOf(month.toString()).isEmpty();
    }

    public CycleRequest monthlyDefaults() {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE);
        Instant due = calendar.endOfWorkingDays(ClockUtil.getCurrentTime().toInstant(), 10);
        return new CycleRequest(YearMonth.from(today).toString(), null, Date.from(due), null, null, null, null);
    }

    Optional<Long> cycleOf(String period) {
        return repository.idOf(period);
    }

    public record OpenedCycle(long cycleId, List<Long> reportIds) {
    }

    @Transactional
    public OpenedCycle open(CycleRequest r, String by, String processInstanceId) {
        YearMonth period;
        try {
            period = YearMonth.parse(String.valueOf(r.period()));
        } catch (DateTimeParseException e) {
            throw new TaskInputException("督查月份（period）应为如 2026-07 的年月。");
        }
        if (cycleOf(period.toString()).isPresent()) {
            throw new TaskInputException(period + " 的督查已经开始，不能重复发起。");
        }
        if (r.reportDueDate() == null || !r.reportDueDate().after(ClockUtil.getCurrentTime())) {
            throw new TaskInputException("汇报截止时间（reportDueDate）应晚于当前时间。");
        }
        int sampleSize = r.sampleSize() == null ? defaultSampleSize : r.sampleSize();
        int population = population().size();
        if (sampleSize < 1 || sampleSize > population) {
            throw new TaskInputException("抽查数量应为 1 到 " + population + "（可抽查的组织数）。");
        }
        String strata = r.strata() == null ? "NONE" : r.strata();
        if (!strata.equals("NONE") && !strata.equals("KIND")) {
            throw new TaskInputException("分层方式（strata）应为 NONE（不分层）或 KIND（按党委、总支、支部分层）。");
        }
        List<String> checklist = r.checklist() == null || r.checklist().isEmpty() ? CycleRequest.DEFAULT_CHECKLIST : r.checklist();
        if (checklist.size() != CycleRequest.DEFAULT_CHECKLIST.size()) {
            throw new TaskInputException("检查清单应有 5 项，每项 1 到 100 个字。");
        }
        checklist = checklist.stream().map(item -> TextRules.required(item, "检查项", 1, 100)).toList();
        Map<String, String> units = units(r.units());
        long seed = r.seed() == null ? new Random().nextLong() : r.seed();
        long id = repository.insert(period.toString(), r.reportDueDate().toInstant(), sampleSize, seed, strata, checklist, processInstanceId,
                by == null ? "system" : by, ClockUtil.getCurrentTime().toInstant());
        List<Long> reportIds = new ArrayList<>();
        units.forEach((unit, secretary) -> reportIds.add(reports.insert(id, unit, secretary)));
        return new OpenedCycle(id, reportIds);
    }

    /** Responsible units (default: the 22 Party committees) and each one's secretary. */
    private Map<String, String> units(List<String> requested) {
        List<String> codes = requested == null || requested.isEmpty()
                ? population().stream().filter(o -> o.kind() == OrganizationKind.PARTY_COMMITTEE).map(Organization::code).toList()
                : requested;
        if (new LinkedHashSet<>(codes).size() != codes.size()) {
            throw new TaskInputException("责任单位列表中有重复项。");
        }
        Map<String, String> units = new java.util.LinkedHashMap<>();
        for (String code : codes) {
            if (organizations.find(code).isEmpty()) {
                throw new TaskInputException("组织“" + code + "”不存在。");
            }
            units.put(code, secretaryOf(code).orElseThrow(() -> new TaskInputException("单位“" + organizations.get(code).name() + "”尚未配置书记账号。")));
        }
        return units;
    }

    /** The organization's own secretary, else the nearest one above it. */
    Optional<String> secretaryOf(String code) {
        for (Organization o = organizations.get(code); o != null; o = o.parentCode() == null ? null : organizations.get(o.parentCode())) {
            for (String group : SECRETARY_GROUPS) {
                Optional<String> holder = organizations.holderOf(o.code(), group);
                if (holder.isPresent()) {
                    return holder;
                }
            }
        }
        return Optional.empty();
    }

    List<Organization> population() {
        return organizations.subtree(organizations.get("banner")).stream().filter(o -> o.kind() != OrganizationKind.BANNER_COMMITTEE).toList();
    }

    /** Draws the spot checks from the recorded seed; organizations checked in the previous cycle weigh half. */
    @Transactional
    public List<Long> drawSample(long cycleId) {
        SupervisionCycle cycle = cycle(cycleId);
        List<Organization> population = population();
        Map<String, OrganizationKind> kinds = new HashMap<>();
        population.forEach(o -> kinds.put(o.code(), o.kind()));
        List<String> sample = SampleDraw.draw(population.stream().map(Organization::code).toList(), repository.checkedInPreviousCycle(cycleId),
                cycle.sampleSize(), cycle.seed(), cycle.stratifiedByKind() ? c -> kinds.get(c).name() : c -> "ALL");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            ids.add(spotChecks.insert(cycleId, sample.get(i), i + 1));
        }
        return ids;
    }

    Optional<SupervisionCycle> findCycle(long id) {
        return repository.find(id);
    }

    SupervisionCycle cycle(long id) {
        return findCycle(id).orElseThrow(() -> new TaskInputException("督查 " + id + " 不存在。"));
    }

    @Transactional
    public void close(long cycleId) {
        repository.setStatus(cycleId, CycleStatus.CLOSED);
    }
}
