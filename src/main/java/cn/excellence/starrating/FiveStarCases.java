package cn.excellence.starrating;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.cases.CaseKind;
import cn.excellence.shared.cases.CaseRecord;
import cn.excellence.shared.cases.CaseSource;
import cn.excellence.shared.cases.CaseStatus;

/** The 五星级 nominations of a branch, for 我的事项: under review, returned, being spot-checked, awarded or refused. */
@Component
class FiveStarCases implements CaseSource {

    private final FiveStarRepository repository;
    private final OrganizationService organizations;

    FiveStarCases(FiveStarRepository repository, OrganizationService organizations) {
        this.repository = repository;
        this.organizations = organizations;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.FIVE_STAR;
    }

    @Override
    public List<CaseStatus> statuses() {
        return Arrays.stream(FiveStarNominationStatus.values()).map(s -> new CaseStatus(kind(), s.name(), s.label())).toList();
    }

    @Override
    public List<CaseRecord> cases(Collection<String> organizationCodes) {
        return repository.nominationsOf(organizationCodes).stream().map(n -> new CaseRecord(kind(), n.id(),
                n.year() + " 年五星级支部推荐：" + organizations.get(n.organizationCode()).name(), n.organizationCode(), n.status().name(),
                n.status().label(), null, n.updatedAt(), n.processInstanceId())).toList();
    }
}
