package cn.excellence.pairing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.fund.Money;
import cn.excellence.pairing.PairingViews.EvidenceView;
import cn.excellence.pairing.PairingViews.FulfilmentView;
import cn.excellence.pairing.PairingViews.PairDetail;
import cn.excellence.shared.security.CurrentUser;

/** One pair in a year as its helper, its village or org-dept reads it: progress, commitment, fulfilment records with evidence. */
@Service
class PairDetails {

    private final PairingService pairing;
    private final PairingReport report;
    private final FulfilmentRepository fulfilments;
    private final PairingAccess access;

    PairDetails(PairingService pairing, PairingReport report, FulfilmentRepository fulfilments, PairingAccess access) {
        this.access = access;
        this.pairing = pairing;
        this.report = report;
        this.fulfilments = fulfilments;
    }

    @Transactional(readOnly = true)
    PairDetail of(CurrentUser user, long pairId, Integer year) {
        Pair pair = pairing.visible(user, pairId);
        int detailYear = PairingAccess.yearOrCurrent(year);
        List<Fulfilment> records = fulfilments.ofPairs(List.of(pair.id()), detailYear);
        Map<Long, List<EvidenceView>> evidence = fulfilments.evidenceOf(records.stream().map(Fulfilment::id).toList()).stream()
                .collect(Collectors.groupingBy(FulfilmentRepository.Evidence::fulfilmentId,
                        Collectors.mapping(e -> new EvidenceView(e.id(), e.fileName(), e.contentType(), e.size()), Collectors.toList())));
        return new PairDetail(report.progress(pair, detailYear), pairing.commitment(pair, detailYear), records.stream()
                .map(f -> new FulfilmentView(f.id(), f.pairId(), f.date(), f.kind().name(), f.kind().label(),
                        f.amountFen() == null ? null : Money.yuan(f.amountFen()), f.description(), f.status().name(), f.status().label(),
                        f.disputeNote(), f.explanation(), f.recordedBy(), f.recordedAt(), f.confirmedAt(), f.processInstanceId(),
                        evidence.getOrDefault(f.id(), List.of())))
                .toList(), access.mayRecord(user, pair), access.mayConfirm(user, pair));
    }
}
