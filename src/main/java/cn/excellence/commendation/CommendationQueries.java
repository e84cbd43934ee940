package cn.excellence.commendation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/** What a user may read of campaigns and nominations: banner-wide roles all, others what concerns their organization. */
@Service
class CommendationQueries {

    private final CommendationRepository repository;
    private final OrganizationService organizations;

    CommendationQueries(CommendationRepository repository, OrganizationService organizations) {
        this.repository = repository;
        this.organizations = organizations;
    }

    List<Map<String, Object>> campaigns() {
        return repository.campaigns().stream().map(c -> summary(c)).toList();
    }

    Map<String, Object> campaign(CurrentUser user, long id) {
        Campaign campaign = repository.findCampaign(id).orElseThrow(() -> ApiException.notFound("评先表彰活动 " + id + " 不存在。"));
        Map<String, Object> view = summary(campaign);
        view.put("categories", campaign.categories());
        view.put("nominations", repository.nominations(id).stream().filter(n -> visible(user, n)).map(this::view).toList());
        return view;
    }

    Map<String, Object> nomination(CurrentUser user, long id) {
        return repository.findNomination(id).filter(n -> visible(user, n)).map(this::view)
                .orElseThrow(() -> ApiException.notFound("推荐 " + id + " 不存在，或您无权查看。"));
    }

    private boolean visible(CurrentUser user, Nomination n) {
        return user.isBannerWide() || organizations.canSee(user, n.nominatingOrgCode())
                || n.nomineeOrgCode() != null && organizations.canSee(user, n.nomineeOrgCode());
    }

    private static Map<String, Object> summary(Campaign c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", c.id());
        view.put("year", c.year());
        view.put("title", c.title());
        view.put("status", c.status());
        view.put("nominationDeadline", c.nominationDeadline());
        view.put("noticeWorkingDays", c.noticeWorkingDays());
        view.put("noticePublishedAt", c.noticePublishedAt());
        view.put("noticeEndsAt", c.noticeEndsAt());
        view.put("sendBackReason", c.sendBackReason());
        return view;
    }

    private Map<String, Object> view(Nomination n) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", n.id());
        view.put("campaignId", n.campaignId());
        view.put("categoryId", n.categoryId());
        view.put("nomineeName", n.nomineeName());
        view.put("nomineeOrganization", n.nomineeOrgName());
        view.put("nominatingOrganization", n.nominatingOrgCode());
        view.put("status", n.status());
        view.put("ineligibleReasons", n.ineligibleReasons());
        view.put("reviewNote", n.reviewNote());
        view.put("deeds", n.deeds());
        return view;
    }
}
