package cn.excellence.supervision;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.excellence.shared.cases.CaseInstances;
import cn.excellence.shared.cases.CaseKind;
import cn.excellence.shared.cases.CaseRecord;
import cn.excellence.shared.cases.CaseSource;
import cn.excellence.shared.cases.CaseStatus;
import cn.excellence.shared.cases.CaseTimes;

/**
 * The units' monthly reports (月度汇报, due by the cycle's report date) and the spot checks with their rectification
 * (抽查整改, due by the findings' deadline), for 我的事项.
 */
@Configuration(proxyBeanMethods = false)
class SupervisionCases {

    @Bean
    CaseSource monthlyReportCases(MonthlyReportRepository reports, SupervisionCycleRepository cycles, CaseInstances instances) {
        return new Source(CaseKind.MONTHLY_REPORT, Arrays.stream(MonthlyReportStatus.values())
                .map(s -> new CaseStatus(CaseKind.MONTHLY_REPORT, s.name(), s.label())).toList()) {
            @Override
            public List<CaseRecord> cases(Collection<String> organizationCodes) {
                List<MonthlyReport> rows = reports.ofUnits(organizationCodes);
                Map<Long, SupervisionCycle> cycleById = new HashMap<>();
                Map<Long, String> processes = rows.isEmpty() ? Map.of()
                        : instances.byRecordId(SupervisionProcess.REPORT_PROCESS, SupervisionProcess.VAR_REPORT_ID);
                return rows.stream().map(r -> {
                    SupervisionCycle cycle = cycleById.computeIfAbsent(r.cycleId(), id -> cycles.find(id).orElseThrow());
                    return new CaseRecord(kind(), r.id(), cycle.period() + " 月度汇报", r.unitCode(), r.status().name(),
                            r.status().label() + (r.late() ? "（逾期）" : ""),
                            r.status() == MonthlyReportStatus.AWAITING ? cycle.reportDue() : null,
                            CaseTimes.latest(cycle.createdAt(), r.submittedAt()), processes.get(r.id()));
                }).toList();
            }
        };
    }

    @Bean
    CaseSource spotCheckCases(SpotCheckRepository checks, SupervisionCycleRepository cycles, CaseInstances instances) {
        return new Source(CaseKind.SPOT_CHECK, Arrays.stream(SpotCheckStatus.values())
                .map(s -> new CaseStatus(CaseKind.SPOT_CHECK, s.name(), s.label())).toList()) {
            @Override
            public List<CaseRecord> cases(Collection<String> organizationCodes) {
                List<SpotCheck> rows = checks.ofOrganizations(organizationCodes);
                Map<Long, SupervisionCycle> cycleById = new HashMap<>();
                Map<Long, String> processes = rows.isEmpty() ? Map.of()
                        : instances.byRecordId(SupervisionProcess.SPOT_CHECK_PROCESS, SupervisionProcess.VAR_SPOT_CHECK_ID);
                return rows.stream().map(c -> {
                    SupervisionCycle cycle = c.cycleId() == null ? null : cycleById.computeIfAbsent(c.cycleId(), id -> cycles.find(id).orElseThrow());
                    return new CaseRecord(kind(), c.id(), (cycle == null ? c.purpose() : cycle.period()) + " 抽查整改", c.organizationCode(),
                            c.status().name(), c.status().label() + (c.overdue() ? "（整改逾期）" : ""),
                            c.status() == SpotCheckStatus.RECTIFYING ? checks.rectificationDue(c.id()).orElse(null) : null,
                            cycle == null ? c.requestedAt() : cycle.createdAt(), processes.get(c.id()));
                }).toList();
            }
        };
    }

    /** A kind with its statuses; the records are each bean's own. */
    private abstract static class Source implements CaseSource {

        private final CaseKind kind;
        private final List<CaseStatus> statuses;

        Source(CaseKind kind, List<CaseStatus> statuses) {
            this.kind = kind;
            this.statuses = statuses;
        }

        @Override
        public CaseKind kind() {
            return kind;
        }

        @Override
        public List<CaseStatus> statuses() {
            return statuses;
        }
    }
}
