package cn.excellence.dutyreview;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.excellence.shared.cases.CaseInstances;
import cn.excellence.shared.cases.CaseKind;
import cn.excellence.shared.cases.CaseRecord;
import cn.excellence.shared.cases.CaseSource;
import cn.excellence.shared.cases.CaseStatus;
import cn.excellence.shared.cases.CaseTimes;

/** The townships' duty reports (述职报告) for 我的事项: the report is due by the round's report date, rated by its rating date. */
@Component
class DutyReportCases implements CaseSource {

    private final DutyReviewRepository repository;
    private final CaseInstances instances;

    DutyReportCases(DutyReviewRepository repository, CaseInstances instances) {
        this.repository = repository;
        this.instances = instances;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.DUTY_REPORT;
    }

    @Override
    public List<CaseStatus> statuses() {
        return Arrays.stream(DutyReportStatus.values()).map(s -> new CaseStatus(kind(), s.name(), s.label())).toList();
    }

    @Override
    public List<CaseRecord> cases(Collection<String> organizationCodes) {
        List<DutyReport> reports = repository.reportsOf(organizationCodes);
        if (reports.isEmpty()) {
            return List.of();
        }
        Map<Long, DutyReviewRound> rounds = new HashMap<>();
        Map<Long, String> processes = instances.byRecordId(DutyReviewProcess.REPORT_PROCESS, DutyReviewProcess.VAR_REPORT_ID);
        return reports.stream().map(r -> {
            DutyReviewRound round = rounds.computeIfAbsent(r.roundId(), id -> repository.findRound(id).orElseThrow());
            return new CaseRecord(kind(), r.id(), round.title(), r.townshipCode(), r.status().name(), statusLabel(r),
                    deadline(r, round), CaseTimes.latest(round.createdAt(), r.submittedAt(), r.ratedAt(), r.rectificationAt()),
                    processes.get(r.id()));
        }).toList();
    }

    /** The status (评议完毕，统计中 while the tally runs), and once rated the grade with it (已评定：好): what the secretary wants to know. */
    private String statusLabel(DutyReport report) {
        if (report.tallying(repository::everyReviewerRated)) {
            return DutyReport.TALLYING;
        }
        return report.grade() == null ? report.status().label() : report.status().label() + "：" + report.grade().label();
    }

    private static Instant deadline(DutyReport report, DutyReviewRound round) {
        return switch (report.status()) {
            case AWAITING_REPORT, RETURNED -> round.reportDue();
            case IN_PRE_REVIEW, IN_RATING, ESCALATED -> round.ratingDue();
            default -> null;
        };
    }
}
