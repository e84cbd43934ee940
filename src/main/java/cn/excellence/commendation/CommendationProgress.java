package cn.excellence.commendation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * A campaign's nominations for the dashboard (评先进度): each nomination's category, township, status and objections,
 * with the categories and their quotas. Who may see which township is the caller's business.
 */
@Service
public class CommendationProgress {

    private final CommendationRepository repository;

    CommendationProgress(CommendationRepository repository) {
        this.repository = repository;
    }

    /** The newest campaign, if any. */
    public Optional<Long> latestCampaignId() {
        return repository.campaigns().stream().findFirst().map(Campaign::id);
    }

    public Optional<CampaignProgress> of(long campaignId) {
        return repository.findCampaign(campaignId).map(campaign -> {
            Map<Long, Long> objections = repository.objections(campaignId).stream()
                    .collect(Collectors.groupingBy(o -> ((Number) o.get("nomination_id")).longValue(), Collectors.counting()));
            List<NominationFigure> nominations = repository.nominations(campaignId).stream()
                    .map(n -> new NominationFigure(n.id(), n.categoryId(), n.townshipCode(), n.status(), objections.getOrDefault(n.id(), 0L)))
                    .toList();
            List<CategoryQuota> categories = campaign.categories().stream()
                    .map(c -> new CategoryQuota(c.id(), c.code(), c.name(), c.quota())).toList();
            return new CampaignProgress(campaign.id(), campaign.year(), campaign.title(), campaign.status(), categories, nominations);
        });
    }

    public record CampaignProgress(long campaignId, int year, String title, String status, List<CategoryQuota> categories,
            List<NominationFigure> nominations) {
    }

    public record CategoryQuota(long categoryId, String code, String name, int quota) {
    }

    /** One nomination: {@code townshipCode} is null for a nominee outside the townships. */
    public record NominationFigure(long nominationId, long categoryId, String townshipCode, NominationStatus status, long objections) {
    }
}
