package cn.excellence.guidance;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.excellence.shared.cases.CaseKind;
import cn.excellence.shared.cases.CaseRecord;
import cn.excellence.shared.cases.CaseSource;
import cn.excellence.shared.cases.CaseStatus;

/** The staff's 周报告 and 月总结 for 我的事项 (kind 指导联络), under the first organization each staff member guides. */
@Component
class GuidanceCases implements CaseSource {

    /** The statuses 我的事项 filters by. */
    enum Status {
        AWAITING("待提交"), OVERDUE("逾期"), SUBMITTED("已提交"), SUBMITTED_LATE("逾期提交");

        final String label;

        Status(String label) {
            this.label = label;
        }
    }

    private final StaffRepository staff;
    private final ReportRepository reports;

    GuidanceCases(StaffRepository staff, ReportRepository reports) {
        this.staff = staff;
        this.reports = reports;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.GUIDANCE_REPORT;
    }

    @Override
    public List<CaseStatus> statuses() {
        return Arrays.stream(Status.values()).map(s -> new CaseStatus(kind(), s.name(), s.label)).toList();
    }

    @Override
    public List<CaseRecord> cases(Collection<String> organizationCodes) {
        Set<String> wanted = organizationCodes == null ? null : Set.copyOf(organizationCodes);
        Map<Long, GuidanceStaff> shown = new HashMap<>();
        for (GuidanceStaff member : staff.all()) {
            if (!member.organizationCodes().isEmpty() && (wanted == null || member.organizationCodes().stream().anyMatch(wanted::contains))) {
                shown.put(member.id(), member);
            }
        }
        return reports.all().stream().filter(r -> shown.containsKey(r.staffId())).map(r -> {
            GuidanceStaff member = shown.get(r.staffId());
            Status status = r.submitted() ? (r.late() ? Status.SUBMITTED_LATE : Status.SUBMITTED) : (r.late() ? Status.OVERDUE : Status.AWAITING);
            return new CaseRecord(kind(), r.id(), member.name() + " " + r.cadence().label() + " " + r.period(), member.organizationCodes().get(0),
                    status.name(), status.label, r.submitted() ? null : r.dueAt(), r.submitted() ? r.submittedAt() : r.createdAt(),
                    r.processInstanceId());
        }).toList();
    }
}
