package cn.excellence.starrating;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.excel.Workbooks;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/** What a user may read of the 五星级 branches: those in their scope (a township its own), and each one's history. */
@Service
public class FiveStarQueries {

    static final List<String> HEADERS = List.of("组织代码", "支部名称", "所属苏木镇", "获评年度", "最近变动时间");

    private final FiveStarRepository repository;
    private final OrganizationService organizations;

    FiveStarQueries(FiveStarRepository repository, OrganizationService organizations) {
        this.repository = repository;
        this.organizations = organizations;
    }

    /** The current 五星级 branches the user may see, of one township if given (a township outside the scope: 404). */
    public List<FiveStarBranch> branches(CurrentUser user, String township) {
        Organization scope = township == null || township.isBlank() ? organizations.scopeOf(user)
                .orElseThrow(() -> ApiException.forbidden("您的账号未关联任何组织。")) : organizations.visible(user, township.strip());
        return repository.starred().stream().map(s -> organizations.find(s.organizationCode()).map(o -> new Entry(o, s)))
                .flatMap(Optional::stream).filter(e -> scope.contains(e.branch())).map(this::branch).toList();
    }

    public byte[] workbook(CurrentUser user, String township) {
        return Workbooks.write("五星级支部", HEADERS, branches(user, township).stream()
                .map(b -> List.<Object>of(b.organizationCode(), b.name(), b.townshipName() == null ? "" : b.townshipName(),
                        b.sinceYear() == null ? "" : b.sinceYear(), b.updatedAt()))
                .toList());
    }

    /** The branch's star and history; a branch outside the user's scope or unknown: 404. */
    public FiveStarHistory history(CurrentUser user, String code) {
        Organization branch = organizations.visible(user, code);
        Optional<FiveStarRepository.Standing> standing = repository.standing(branch.code());
        return new FiveStarHistory(branch.code(), branch.name(), standing.map(FiveStarRepository.Standing::starred).orElse(false),
                standing.map(FiveStarRepository.Standing::sinceYear).orElse(null), repository.events(branch.code()));
    }

    private record Entry(Organization branch, FiveStarRepository.Standing standing) {
    }

    private FiveStarBranch branch(Entry e) {
        String township = e.branch().townshipCode();
        return new FiveStarBranch(e.branch().code(), e.branch().name(), township,
                township == null ? null : organizations.find(township).map(Organization::name).orElse(null), e.standing().sinceYear(),
                e.standing().updatedAt());
    }
}
