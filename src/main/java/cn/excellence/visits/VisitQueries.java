package cn.excellence.visits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.excellence.fund.Money;
import cn.excellence.organization.MemberProfile;
import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.visits.VisitViews.MemberVisited;
import cn.excellence.visits.VisitViews.VisitSummary;
import cn.excellence.visits.VisitViews.VisitView;

/** Visits as a user may read them: those of the organizations in their scope; any other is "not found". */
@Service
class VisitQueries {

    private final VisitRepository repository;
    private final OrganizationService organizations;

    VisitQueries(VisitRepository repository, OrganizationService organizations) {
        this.repository = repository;
        this.organizations = organizations;
    }

    Visit visible(CurrentUser user, long id) {
        return repository.visit(id).filter(v -> organizations.canSee(user, v.organizationCode()))
                .orElseThrow(() -> ApiException.notFound("找不到编号为 " + id + " 的走访记录，或您无权查看。"));
    }

    VisitView view(CurrentUser user, long id) {
        Visit visit = visible(user, id);
        List<MemberVisited> members = repository.members(id).stream().map(m -> new MemberVisited(m.memberId(),
                organizations.member(m.memberId()).map(MemberProfile::name).orElse("#" + m.memberId()),
                organizations.member(m.memberId()).map(MemberProfile::organizationCode).orElse(null),
                m.reliefFen() == null ? null : Money.yuan(m.reliefFen()))).toList();
        return new VisitView(visit.id(), visit.date(), visit.activityId(), visit.group(), visit.organizationCode(),
                name(visit.organizationCode()), repository.leaders(id), labels(visit), visit.helpGiven(), members, repository.photos(id),
                visit.recordedBy(), visit.recordedAt());
    }

    /** The year's visits in the user's scope, by date. */
    List<VisitSummary> list(CurrentUser user, int year) {
        List<String> scope = scope(user);
        return repository.visits(scope, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream().map(v -> {
            List<Visit.Member> members = repository.members(v.id());
            long fen = members.stream().filter(m -> m.reliefFen() != null).mapToLong(Visit.Member::reliefFen).sum();
            return new VisitSummary(v.id(), v.date(), v.group(), v.organizationCode(), name(v.organizationCode()), repository.leaders(v.id()),
                    labels(v), members.size(), fen == 0 ? BigDecimal.ZERO.setScale(2) : Money.yuan(fen));
        }).toList();
    }

    /** The organization codes the user may see ({@code null}: every one). */
    List<String> scope(CurrentUser user) {
        if (user.isBannerWide()) {
            return null;
        }
        return organizations.scopeOf(user).map(organizations::subtree).map(all -> all.stream().map(Organization::code).toList())
                .orElse(List.of());
    }

    private static List<String> labels(Visit visit) {
        return visit.activities().stream().map(VisitActivity::label).toList();
    }

    private String name(String code) {
        return organizations.find(code).map(Organization::name).orElse(code);
    }
}
