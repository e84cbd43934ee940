package cn.excellence.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.CaseResult;
import cn.excellence.shared.Reminders;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;

/** The monthly reports of the responsible units and the spot checks: each step's input checked and recorded. */
@Service
public class MonitoringService {

    static final Duration REMINDER_LEAD = Duration.ofDays(2);
    static final Duration ESCALATION_AFTER = Duration.ofDays(3);

    private final MonthlyReportRepository reports;
    private final SpotCheckRepository spotChecks;
    private final OrganizationService organizations;
    private final SupervisionService cycles;
    private final Reminders reminders;
    private final ApplicationEventPublisher events;

    MonitoringService(MonthlyReportRepository reports, SpotCheckRepository spotChecks, OrganizationService organizations,
            SupervisionService cycles, Reminders reminders, ApplicationEventPublisher events) {
        this.reports = reports;
        this.spotChecks = spotChecks;
        this.organizations = organizations;
        this.cycles = cycles;
        this.reminders = reminders;
        this.events = events;
    }

    MonthlyReport report(long id) {
        return reports.find(id).orElseThrow();
    }

    /** When the report's cycle wants the reports. */
    Instant reportDue(MonthlyReport report) {
        return cycles.cycle(report.cycleId()).reportDue();
    }

    String name(String code) {
        return organizations.get(code).name();
    }

    @Transactional
    public void submit(long id, Object progress, Object problems, Object nextSteps, Object trained, Object visits) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        boolean late = now.isAfter(reportDue(report(id)));
        reports.submit(id, TextRules.required(progress, "工作进展", 5, 3000), TextRules.required(problems, "存在问题", 2, 3000),
                TextRules.required(nextSteps, "下步打算", 5, 3000), count(trained, "本月培训党员"), count(visits, "本月走访"), now, late);
    }

    private static int count(Object value, String label) {
        if (value instanceof Number n && n.doubleValue() == n.longValue() && n.longValue() >= 0 && n.longValue() <= 100_000) {
            return n.intValue();
        }
        throw new TaskInputException("“" + label + "”应为 0 到 100000 的整数。");
    }

    @Transactional
    public void markLate(long id) {
        reports.markLateIfAwaiting(id);
    }

    @Transactional
    public void chase(long id, Object note) {
        TextRules.required(note, "催报情况", 2, 1000);
        reports.markEscalated(id);
    }

    @Transactional
    public void review(long id, Object result, Object comment) {
        ReviewResult verdict = ReviewResult.of(result)
                .orElseThrow(() -> new TaskInputException("请选择审阅意见：满意（SATISFACTORY）或需跟进（FOLLOW_UP）。"));
        reports.review(id, verdict, TextRules.required(comment, "审阅意见说明", 2, 1000));
    }

    Optional<SpotCheck> findSpotCheck(long id) {
        return spotChecks.find(id);
    }

    /**
     * Records a spot check of one organization outside the monthly cycles, for a purpose shown with it (e.g.
     * "五星级支部核验"), against the default checklist; the caller runs it as a {@code SpotCheck} process with this id.
     */
    @Transactional
    public long requestSpotCheck(String organizationCode, String purpose) {
        organizations.get(organizationCode);
        return spotChecks.insertRequested(organizationCode, TextRules.required(purpose, "抽查目的", 2, 100),
                ClockUtil.getCurrentTime().toInstant());
    }

    /** Where a spot check ended: its score (null until inspected), its findings and how many are still open. */
    public Optional<SpotCheckOutcome> outcome(long id) {
        return spotChecks.find(id).map(c -> new SpotCheckOutcome(c.id(), c.organizationCode(), c.score(), spotChecks.findingCount(id),
                spotChecks.openFindingCount(id), c.status() == SpotCheckStatus.CLOSED));
    }

    SpotCheck spotCheck(long id) {
        return spotChecks.find(id).orElseThrow(() -> new TaskInputException("抽查 " + id + " 不存在。"));
    }

    /** Scores every checklist item (0–20) and records one finding per non-empty line; returns the number of findings. */
    @Transactional
    public int inspect(long id, List<Object> scores, Object notes, Object findings, Object days, String inspector) {
        Long cycleId = spotCheck(id).cycleId();
        List<String> items = cycleId == null ? CycleRequest.DEFAULT_CHECKLIST : cycles.cycle(cycleId).checklist();
        List<Integer> itemScores = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object score = scores.get(i);
            if (!(score instanceof Number n) || n.doubleValue() != n.intValue() || n.intValue() < 0 || n.intValue() > 20) {
                throw new TaskInputException("“" + items.get(i) + "”的得分应为 0 到 20 的整数。");
            }
            itemScores.add(n.intValue());
        }
        String text = TextRules.optional(findings, "发现的问题", 3000);
        List<String> lines = text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.stream().anyMatch(l -> l.length() > 500) || lines.size() > 20) {
            throw new TaskInputException("问题最多 20 条，每条最多 500 字。");
        }
        int period = days == null ? 30 : count(days, "整改期限");
        if (period < 1 || period > 180) {
            throw new TaskInputException("整改期限应为 1 到 180 天。");
        }
        String inspectionNotes = TextRules.optional(notes, "抽查情况", 2000);
        spotChecks.replaceScores(id, items, itemScores);
        Instant deadline = ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(period));
        lines.forEach(line -> spotChecks.addFinding(id, line, deadline));
        spotChecks.recordInspection(id, itemScores.stream().mapToInt(Integer::intValue).sum(), inspectionNotes, inspector,
                lines.isEmpty() ? SpotCheckStatus.CLOSED : SpotCheckStatus.RECTIFYING);
        return lines.size();
    }

    Instant rectificationDue(long id) {
        return spotChecks.rectificationDue(id).orElseThrow();
    }

    List<String> findings(long id) {
        return spotChecks.findings(id);
    }

    String findingsText(long id) {
        return String.join("\n", findings(id));
    }

    @Transactional
    public void rectify(long id, Object report) {
        spotChecks.recordRectification(id, TextRules.required(report, "整改情况", 5, 3000));
    }

    /**
     * ACCEPT closes every finding and tells the organization's secretary (办结); SEND_BACK (with reasons) returns the
     * rectification.
     */
    @Transactional
    public void verify(String processInstanceId, long id, Object verification, Object comment) {
        if ("ACCEPT".equals(verification)) {
            spotChecks.accept(id, TextRules.optional(comment, "核验意见", 1000));
            announceAccepted(processInstanceId, spotCheck(id));
        } else if ("SEND_BACK".equals(verification)) {
            spotChecks.sendBack(id, TextRules.required(comment, "核验意见", 2, 1000));
        } else {
            throw new TaskInputException("请选择核验结论：通过（ACCEPT）或退回（SEND_BACK）。");
        }
    }

    private void announceAccepted(String processInstanceId, SpotCheck check) {
        events.publishEvent(new CaseResult(processInstanceId, "ACCEPTED", cycles.secretaryOf(check.organizationCode()).orElse(null),
                "整改已通过核验：" + organizations.get(check.organizationCode()).name(),
                "督查组已核验通过本单位的整改，抽查事项办结。" + (check.verifyComment() == null ? "" : "核验意见：" + check.verifyComment())));
    }

    @Transactional
    public void closeSpotCheck(long id) {
        spotChecks.setStatus(id, SpotCheckStatus.CLOSED);
    }

    @Transactional
    public void markOverdue(long id) {
        spotChecks.markOverdue(id);
    }

    @Transactional
    public void remind(String processInstanceId, String businessKey, String kind, String recipient, String message) {
        reminders.record(processInstanceId, businessKey, kind, recipient == null ? "org-dept" : recipient, message);
    }

    /** The month's bulletin (通报): on-time and late reports, escalations, spot-check scores, open findings; empty for no such cycle. */
    public Optional<Bulletin> bulletin(long cycleId) {
        return cycles.findCycle(cycleId).map(this::bulletin);
    }

    private Bulletin bulletin(SupervisionCycle cycle) {
        List<MonthlyReport> monthly = reports.ofCycle(cycle.id());
        List<Bulletin.SpotCheckLine> checks = spotChecks.ofCycle(cycle.id()).stream()
                .map(c -> new Bulletin.SpotCheckLine(c.id(), c.organizationCode(), name(c.organizationCode()), c.score(), c.status().name(),
                        spotChecks.findingCount(c.id()), c.sentBack()))
                .toList();
        return new Bulletin(cycle.id(), cycle.period(), cycle.status().name(), cycle.seed(),
                names(monthly, MonthlyReport::submittedOnTime),
                names(monthly, MonthlyReport::late),
                names(monthly, MonthlyReport::escalated),
                names(monthly, r -> r.status() != MonthlyReportStatus.SUBMITTED),
                names(monthly, MonthlyReport::needsFollowUp),
                checks,
                spotChecks.openFindings(cycle.id()));
    }

    private List<String> names(List<MonthlyReport> monthly, Predicate<MonthlyReport> which) {
        return monthly.stream().filter(which).map(r -> name(r.unitCode())).toList();
    }
}
