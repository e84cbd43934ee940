package cn.excellence.orgchange;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/** What the API reads of foundings: the list in the user's scope, one founding, and an organization's filed committee. */
@Component
class FoundingQueries {

    private final FoundingRepository repository;
    private final OrganizationService organizations;
    private final CadreService cadres;

    FoundingQueries(FoundingRepository repository, OrganizationService organizations, CadreService cadres) {
        this.repository = repository;
        this.organizations = organizations;
        this.cadres = cadres;
    }

    List<FoundingView> foundings(CurrentUser user) {
        return repository.ofOrganizations(List.copyOf(cadres.visibleCodes(user))).stream()
                .sorted(Comparator.comparingLong(Founding::id).reversed()).map(f -> view(f, List.of())).toList();
    }

    FoundingView founding(CurrentUser user, long id) {
        Founding f = repository.find(id).filter(x -> organizations.canSee(user, x.applyingOrgCode()) || organizations.canSee(user, x.parentCode()))
                .orElseThrow(() -> ApiException.notFound("找不到成立党组织申请 " + id + "，或您无权查看。"));
        return view(f, repository.candidates(id));
    }

    Committee committee(CurrentUser user, String code) {
        Organization organization = organizations.visible(user, code);
        Founding f = repository.filedOf(organization.code())
                .orElseThrow(() -> ApiException.notFound("“" + organization.name() + "”尚无已备案的委员会选举结果。"));
        List<Committee.Member> members = repository.candidates(f.id()).stream().filter(Candidate::elected)
                .sorted(Comparator.comparing(Candidate::office).thenComparing(Comparator.comparingInt(Candidate::votes).reversed()))
                .map(c -> new Committee.Member(c.memberId(), c.memberName(), c.office(), c.office().label(), c.votes())).toList();
        return new Committee(organization.code(), organization.name(), f.foundedOn(), f.electedOn(), f.electorsEntitled(), f.electorsPresent(),
                members);
    }

    private static FoundingView view(Founding f, List<Candidate> candidates) {
        return new FoundingView(f.id(), f.name(), f.kind().name(), f.sector().name(), f.parentCode(), f.organizationCode(), f.existing(), f.reason(),
                f.proposedOn(), f.foundedOn(), f.status(), f.status().label(), f.reviewComment(), f.electorsEntitled(), f.electorsPresent(),
                f.electedOn(), f.filingComment(), f.appliedBy(), f.updatedAt(), candidates);
    }
}
