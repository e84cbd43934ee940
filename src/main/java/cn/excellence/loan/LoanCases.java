package cn.excellence.loan;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.excellence.shared.cases.CaseKind;
import cn.excellence.shared.cases.CaseRecord;
import cn.excellence.shared.cases.CaseSource;
import cn.excellence.shared.cases.CaseStatus;

/** The interest-subsidised loans (贴息贷款) applied for through an organization, for 我的事项; deadlines are the open tasks'. */
@Component
class LoanCases implements CaseSource {

    private final LoanRepository repository;

    LoanCases(LoanRepository repository) {
        this.repository = repository;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.LOAN;
    }

    @Override
    public List<CaseStatus> statuses() {
        return Arrays.stream(LoanStatus.values()).map(s -> new CaseStatus(kind(), s.name(), s.label())).toList();
    }

    @Override
    public List<CaseRecord> cases(Collection<String> organizationCodes) {
        return repository.ofOrganizations(organizationCodes).stream().map(l -> new CaseRecord(kind(), l.id(),
                l.applicantName() + " 申请贷款 " + BigDecimal.valueOf(l.requestedFen(), 2).toPlainString() + " 元", l.organizationCode(),
                l.status().name(), l.status().label(), null, l.createdAt(), l.processInstanceId())).toList();
    }
}
