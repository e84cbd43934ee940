package cn.excellence.themes;

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

/** The organizations' theme registrations (活动主题) for 我的事项: due by the year's deadline until approved. */
@Component
class ThemeCases implements CaseSource {

    private final ThemeRepository repository;
    private final CaseInstances instances;

    ThemeCases(ThemeRepository repository, CaseInstances instances) {
        this.repository = repository;
        this.instances = instances;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.THEME;
    }

    @Override
    public List<CaseStatus> statuses() {
        return Arrays.stream(ThemeStatus.values()).map(s -> new CaseStatus(kind(), s.name(), s.label())).toList();
    }

    @Override
    public List<CaseRecord> cases(Collection<String> organizationCodes) {
        List<ThemeRegistration> registrations = repository.ofOrganizations(organizationCodes);
        if (registrations.isEmpty()) {
            return List.of();
        }
        Map<Long, String> processes = instances.byRecordId(ThemeProcess.REGISTRATION_PROCESS, ThemeProcess.VAR_REGISTRATION_ID);
        Map<Integer, ThemeYear> years = new HashMap<>();
        return registrations.stream().map(r -> {
            ThemeYear year = years.computeIfAbsent(r.year(), y -> repository.findYear(y).orElseThrow());
            return new CaseRecord(kind(), r.id(), r.year() + "年度活动主题·" + r.organizationName(), r.organizationCode(), r.status().name(),
                    r.status().label() + (r.late() ? "（逾期）" : ""), r.status() == ThemeStatus.APPROVED ? null : year.deadline(), r.updatedAt(),
                    processes.get(r.id()));
        }).toList();
    }
}
