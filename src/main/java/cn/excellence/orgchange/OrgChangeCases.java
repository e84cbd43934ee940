package cn.excellence.orgchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.excellence.shared.cases.CaseKind;
import cn.excellence.shared.cases.CaseRecord;
import cn.excellence.shared.cases.CaseSource;
import cn.excellence.shared.cases.CaseStatus;

/** 组织设置 for 我的事项: the foundings (by their status) and the recorded 两委换届 results (已登记). */
@Component
class OrgChangeCases implements CaseSource {

    static final String ELECTION_RECORDED = "ELECTION_RECORDED";

    private final FoundingRepository foundings;
    private final CadreService cadres;

    OrgChangeCases(FoundingRepository foundings, CadreService cadres) {
        this.foundings = foundings;
        this.cadres = cadres;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.ORG_CHANGE;
    }

    @Override
    public List<CaseStatus> statuses() {
        List<CaseStatus> statuses = new ArrayList<>(Arrays.stream(FoundingStatus.values()).map(s -> new CaseStatus(kind(), s.name(), s.label())).toList());
        statuses.add(new CaseStatus(kind(), ELECTION_RECORDED, "换届结果已登记"));
        return statuses;
    }

    @Override
    public List<CaseRecord> cases(Collection<String> organizationCodes) {
        List<CaseRecord> cases = new ArrayList<>();
        foundings.ofOrganizations(organizationCodes).forEach(f -> cases.add(new CaseRecord(kind(), f.id(), "成立党组织：" + f.name(),
                f.applyingOrgCode(), f.status().name(), f.status().label(), null, f.updatedAt(), f.processInstanceId())));
        cadres.allElections(organizationCodes).forEach(e -> cases.add(new CaseRecord(kind(), e.id(), e.year() + " 年换届：" + e.memberName()
                + " 当选" + e.officeLabel(), e.organizationCode(), ELECTION_RECORDED, "换届结果已登记", null, e.recordedAt(), e.processInstanceId())));
        return cases;
    }
}
