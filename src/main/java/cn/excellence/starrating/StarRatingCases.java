package cn.excellence.starrating;

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

/** The branches' star ratings (星级评比) for 我的事项: due by the self-assessment, review or notice deadline. */
@Component
class StarRatingCases implements CaseSource {

    private final StarRatingRepository repository;
    private final CaseInstances instances;

    StarRatingCases(StarRatingRepository repository, CaseInstances instances) {
        this.repository = repository;
        this.instances = instances;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.STAR_RATING;
    }

    @Override
    public List<CaseStatus> statuses() {
        return Arrays.stream(RatingStatus.values()).map(s -> new CaseStatus(kind(), s.name(), s.label())).toList();
    }

    @Override
    public List<CaseRecord> cases(Collection<String> organizationCodes) {
        List<BranchRating> ratings = repository.ratingsOf(organizationCodes);
        if (ratings.isEmpty()) {
            return List.of();
        }
        Map<Long, String> processes = instances.byRecordId(StarRatingProcess.BRANCH_PROCESS, StarRatingProcess.VAR_RATING_ID);
        Map<Long, StarCampaign> campaigns = new HashMap<>();
        return ratings.stream().map(r -> {
            StarCampaign c = campaigns.computeIfAbsent(r.campaignId(), id -> repository.findCampaign(id).orElseThrow());
            return new CaseRecord(kind(), r.id(), c.title() + "·" + r.organizationName(), r.organizationCode(), r.status().name(),
                    r.status().label(), switch (r.status()) {
                        case ENTERING, RETURNED, PROPOSING -> c.selfAssessmentDeadline();
                        case TOWNSHIP_REVIEW -> c.reviewDeadline();
                        case NOTICE -> r.noticeEndsAt();
                        default -> null;
                    }, r.updatedAt(), processes.get(r.id()));
        }).toList();
    }
}
