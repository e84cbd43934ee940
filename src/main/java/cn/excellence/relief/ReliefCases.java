package cn.excellence.relief;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.excellence.organization.MemberProfile;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.cases.CaseInstances;
import cn.excellence.shared.cases.CaseKind;
import cn.excellence.shared.cases.CaseRecord;
import cn.excellence.shared.cases.CaseSource;
import cn.excellence.shared.cases.CaseStatus;

/** One member's hardship relief applications (困难救助), for 我的事项; deadlines are the open tasks'. */
@Component
class ReliefCases implements CaseSource {

    private final ReliefRepository repository;
    private final OrganizationService organizations;
    private final CaseInstances instances;

    ReliefCases(ReliefRepository repository, OrganizationService organizations, CaseInstances instances) {
        this.repository = repository;
        this.organizations = organizations;
        this.instances = instances;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.RELIEF;
    }

    @Override
    public List<CaseStatus> statuses() {
        return Arrays.stream(ReliefStatus.values()).map(s -> new CaseStatus(kind(), s.name(), s.label())).toList();
    }

    @Override
    public List<CaseRecord> cases(Collection<String> organizationCodes) {
        List<Relief> reliefs = repository.ofOrganizations(organizationCodes);
        if (reliefs.isEmpty()) {
            return List.of();
        }
        Map<Long, String> processes = instances.byRecordId(ReliefService.PROCESS, ReliefService.VAR_RELIEF_ID);
        return reliefs.stream().map(r -> new CaseRecord(kind(), r.id(),
                organizations.member(r.memberId()).map(MemberProfile::name).orElse("党员 #" + r.memberId()) + " 困难救助 "
                        + BigDecimal.valueOf(r.amountFen(), 2).toPlainString() + " 元",
                r.organizationCode(), r.status().name(), r.status().label(), null, r.createdAt(), processes.get(r.id()))).toList();
    }
}
