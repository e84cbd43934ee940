package cn.excellence.starrating;

import static cn.excellence.shared.jdbc.Rows.columns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationKind;
import cn.excellence.organization.OrganizationService;
import cn.excellence.organization.RosterEntry;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/** Opens a campaign (org-dept) with one rating per participating branch, and publishes its result when all are recorded. */
@Service
public class StarCampaignService {

    static final int MAX_MEMBERS_PER_BRANCH = 5000;
    private static final List<String> SECRETARY_GROUPS = List.of(Groups.VILLAGE_SECRETARY, Groups.TOWNSHIP_SECRETARY, Groups.PARTY_SECRETARY);
    private static final List<String> REVIEWER_GROUPS = List.of(Groups.TOWNSHIP_SECRETARY, Groups.PARTY_SECRETARY);

    private final StarRatingRepository repository;
    private final OrganizationService organizations;

    StarCampaignService(StarRatingRepository repository, OrganizationService organizations) {
        this.repository = repository;
        this.organizations = organizations;
    }

    /** What org-dept asks for; {@code criteria} null: the scale's default items. */
    public record CampaignRequest(Integer year, StarScale scale, String title, List<Criterion> criteria, Instant selfAssessmentDeadline,
            Instant reviewDeadline, Integer quotaPercent, Integer noticeWorkingDays) {
    }

    void checkMayOpen(CurrentUser user) {
        if (!user.isMemberOf(Groups.ORG_DEPT)) {
            throw ApiException.forbidden("只有旗委组织部可以发起星级评比。");
        }
    }

    @Transactional
    public long open(CampaignRequest request, CurrentUser user, String processInstanceId) {
        checkMayOpen(user);
        if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
            throw new TaskInputException("“年度”应为 2000 到 2100 之间的年份。");
        }
        if (request.scale() == null) {
            throw new TaskInputException("请选择“评比类别”。");
        }
        if (request.selfAssessmentDeadline() == null || request.reviewDeadline() == null) {
            throw new TaskInputException("请填写“自评截止日期”和“审核截止日期”。");
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        if (!request.selfAssessmentDeadline().isAfter(now) || !request.reviewDeadline().isAfter(request.selfAssessmentDeadline())) {
            throw new TaskInputException("自评截止日期应在今天之后，审核截止日期应在自评截止日期之后。");
        }
        if (request.quotaPercent() != null && (request.quotaPercent() < 1 || request.quotaPercent() > 100)) {
            throw new TaskInputException("“八星级及以上比例上限”应为 1 到 100（留空表示不设）。");
        }
        int noticeDays = request.noticeWorkingDays() == null ? 5 : request.noticeWorkingDays();
        if (noticeDays < 1 || noticeDays > 30) {
            throw new TaskInputException("“公示期（工作日）”应为 1 到 30。");
        }
        List<Criterion> criteria = request.criteria() == null ? request.scale().defaultCriteria() : request.criteria();
        String title = request.title() == null ? request.year() + "年" + request.scale().label() : request.title();
        return repository.insertCampaign(request.year(), request.scale(), title, criteria, request.selfAssessmentDeadline(),
                request.reviewDeadline(), request.quotaPercent(), noticeDays, user.userId(), now, processInstanceId);
    }

    /** One rating per branch of the scale's sector that has members, each with its members on the sheet; their ids. */
    @Transactional
    public List<Long> openBranchRatings(long campaignId) {
        StarCampaign campaign = campaign(campaignId);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        List<Long> ids = new ArrayList<>();
        for (Organization branch : participatingBranches(campaign.scale())) {
            List<RosterEntry> members = organizations.members(branch.code(), 0, MAX_MEMBERS_PER_BRANCH);
            if (members.isEmpty()) {
                continue;
            }
            String secretary = nearest(branch, SECRETARY_GROUPS, false)
                    .orElseThrow(() -> new TaskInputException("支部“" + branch.name() + "”及其上级尚未配置书记账号。"));
            String reviewer = nearest(branch, REVIEWER_GROUPS, true)
                    .orElseThrow(() -> new TaskInputException("支部“" + branch.name() + "”的上级党委尚未配置书记账号。"));
            long id = repository.insertRating(campaignId, branch.code(), branch.name(), branch.townshipCode(), secretary, reviewer, now);
            repository.insertMembers(id, members.stream().map(m -> new Object[] {m.id(), m.name()}).toList());
            ids.add(id);
        }
        return ids;
    }

    List<Organization> participatingBranches(StarScale scale) {
        return organizations.subtree(organizations.get("banner")).stream()
                .filter(o -> o.sector() == scale.sector() && o.kind() == OrganizationKind.BRANCH).toList();
    }

    /** The holder of one of the groups in the organization or the nearest one above it (a reviewer: above it, in a Party committee). */
    private Optional<String> nearest(Organization branch, List<String> groups, boolean committeeAbove) {
        for (Organization o = above(branch, committeeAbove); o != null; o = o.parentCode() == null ? null : organizations.get(o.parentCode())) {
            if (committeeAbove && o.kind() != OrganizationKind.PARTY_COMMITTEE) {
                continue;
            }
            for (String group : groups) {
                Optional<String> holder = organizations.holderOf(o.code(), group);
                if (holder.isPresent()) {
                    return holder;
                }
            }
        }
        return Optional.empty();
    }

    private Organization above(Organization branch, boolean committeeAbove) {
        return !committeeAbove ? branch : branch.parentCode() == null ? null : organizations.get(branch.parentCode());
    }

    @Transactional
    public void publishResult(long campaignId) {
        repository.updateCampaign(campaignId, columns("status", StarCampaign.PUBLISHED, "published_at", ClockUtil.getCurrentTime().toInstant()));
    }

    public StarCampaign campaign(long id) {
        return repository.findCampaign(id).orElseThrow(() -> ApiException.notFound("找不到该星级评比。"));
    }

    public List<StarCampaign> campaigns() {
        return repository.campaigns();
    }
}
