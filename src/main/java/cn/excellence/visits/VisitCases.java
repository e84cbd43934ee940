package cn.excellence.visits;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.cases.CaseKind;
import cn.excellence.shared.cases.CaseRecord;
import cn.excellence.shared.cases.CaseSource;
import cn.excellence.shared.cases.CaseStatus;

/** The visits (联系点走访) for 我的事项: one record per visit, recorded once and done. */
@Component
class VisitCases implements CaseSource {

    static final String RECORDED = "RECORDED";

    private final VisitRepository repository;
    private final OrganizationService organizations;

    VisitCases(VisitRepository repository, OrganizationService organizations) {
        this.repository = repository;
        this.organizations = organizations;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.VISIT;
    }

    @Override
    public List<CaseStatus> statuses() {
        return List.of(new CaseStatus(kind(), RECORDED, "已记录"));
    }

    @Override
    public List<CaseRecord> cases(Collection<String> organizationCodes) {
        return repository.visitsOf(organizationCodes).stream().map(v -> new CaseRecord(kind(), v.id(),
                v.date() + " " + (v.group() == null ? "" : v.group() + " ") + "走访"
                        + organizations.find(v.organizationCode()).map(Organization::name).orElse(v.organizationCode()),
                v.organizationCode(), RECORDED, "已记录", null, v.recordedAt(), null)).toList();
    }
}
