package cn.excellence.commendation;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.excellence.commendation.CommendationRepository.NominationCase;
import cn.excellence.shared.cases.CaseKind;
import cn.excellence.shared.cases.CaseRecord;
import cn.excellence.shared.cases.CaseSource;
import cn.excellence.shared.cases.CaseStatus;

/** The nominations (评先推荐) an organization made, for 我的事项: due by the campaign's nomination deadline, then its 公示. */
@Component
class NominationCases implements CaseSource {

    private final CommendationRepository repository;

    NominationCases(CommendationRepository repository) {
        this.repository = repository;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.NOMINATION;
    }

    @Override
    public List<CaseStatus> statuses() {
        return Arrays.stream(NominationStatus.values()).map(s -> new CaseStatus(kind(), s.name(), s.label())).toList();
    }

    @Override
    public List<CaseRecord> cases(Collection<String> organizationCodes) {
        Map<Long, Campaign> campaigns = new HashMap<>();
        return repository.nominationsBy(organizationCodes).stream().map(row -> {
            Nomination n = row.nomination();
            Campaign campaign = campaigns.computeIfAbsent(n.campaignId(), id -> repository.findCampaign(id).orElseThrow());
            String category = campaign.categories().stream().filter(c -> c.id() == n.categoryId()).map(Campaign.Category::name)
                    .findFirst().orElse(campaign.title());
            return new CaseRecord(kind(), n.id(), n.nomineeName() + "（" + category + "）", n.nominatingOrgCode(), n.status().name(),
                    n.status().label(), deadline(n, campaign), n.createdAt(), row.processInstanceId());
        }).toList();
    }

    private static Instant deadline(Nomination nomination, Campaign campaign) {
        return switch (nomination.status()) {
            case CHECKING, TOWNSHIP_REVIEW, RETURNED, ORG_DEPT_REVIEW -> campaign.nominationDeadline();
            case ON_NOTICE -> campaign.noticeEndsAt();
            default -> null;
        };
    }
}
