package cn.excellence.commendation;

import java.util.List;

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

    List<CampaignSummary> campaigns() {
        return repository.campaigns().stream().map(CampaignSummary::of).toList();
    }

    CampaignView campaign(CurrentUser user, long id) {
        Campaign c = repository.findCampaign(id).orElseThrow(() -> ApiException.notFound("评先表彰活动 " + id + " 不存在。"));
        return new CampaignView(c.id(), c.year(), c.title(), c.status(), c.nominationDeadline(), c.noticeWorkingDays(),
                c.noticePublishedAt(), c.noticeEndsAt(), c.sendBackReason(), c.categories(),
                repository.nominations(id).stream().filter(n -> visible(user, n)).map(NominationView::of).toList());
    }

    NominationView nomination(CurrentUser user, long id) {
        return repository.findNomination(id).filter(n -> visible(user, n)).map(NominationView::of)
                .orElseThrow(() -> ApiException.notFound("推荐 " + id + " 不存在，或您无权查看。"));
    }

    private boolean visible(CurrentUser user, Nomination n) {
        return user.isBannerWide() || organizations.canSee(user, n.nominatingOrgCode())
                || n.nomineeOrgCode() != null && organizations.canSee(user, n.nomineeOrgCode());
    }
}
