package cn.excellence.pairing;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.cases.CaseKind;
import cn.excellence.shared.cases.CaseRecord;
import cn.excellence.shared.cases.CaseSource;
import cn.excellence.shared.cases.CaseStatus;

/**
 * The fulfilment records (履行记录) and their confirmation by the village, for 我的事项: one record per fulfilment, listed under
 * the village when the caller sees it, else under the helping organization.
 */
@Component
class PairingCases implements CaseSource {

    private final PairingRepository pairs;
    private final FulfilmentRepository fulfilments;
    private final OrganizationService organizations;

    PairingCases(PairingRepository pairs, FulfilmentRepository fulfilments, OrganizationService organizations) {
        this.pairs = pairs;
        this.fulfilments = fulfilments;
        this.organizations = organizations;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.PAIRING;
    }

    @Override
    public List<CaseStatus> statuses() {
        return Arrays.stream(FulfilmentStatus.values()).map(s -> new CaseStatus(CaseKind.PAIRING, s.name(), s.label())).toList();
    }

    @Override
    public List<CaseRecord> cases(Collection<String> organizationCodes) {
        Map<Long, Pair> byId = pairs.ofOrganizations(organizationCodes).stream().collect(Collectors.toMap(Pair::id, Function.identity()));
        Set<String> codes = organizationCodes == null ? null : new HashSet<>(organizationCodes);
        return fulfilments.ofPairs(byId.keySet(), null).stream().map(f -> {
            Pair pair = byId.get(f.pairId());
            String code = codes == null || codes.contains(pair.villageCode()) ? pair.villageCode() : pair.helperCode();
            String title = "结对帮扶 " + organizations.get(pair.helperCode()).name() + " → " + organizations.get(pair.villageCode()).name()
                    + " " + f.date() + " " + f.kind().label();
            return new CaseRecord(CaseKind.PAIRING, f.id(), title, code, f.status().name(), f.status().label(), null,
                    f.confirmedAt() == null ? f.recordedAt() : f.confirmedAt(), f.processInstanceId());
        }).toList();
    }
}
