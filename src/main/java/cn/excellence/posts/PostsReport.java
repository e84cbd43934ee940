package cn.excellence.posts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.excel.Workbooks;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * 设岗定责 in figures, from the records: per township (or other top-level committee) and per organization, the posts defined,
 * their places, the claims and the distinct members holding posts; within the user's scope.
 */
@Service
public class PostsReport {

    private final PostRepository posts;
    private final OrganizationService organizations;
    private final PostsAccess access;

    PostsReport(PostRepository posts, OrganizationService organizations, PostsAccess access) {
        this.posts = posts;
        this.organizations = organizations;
        this.access = access;
    }

    /** Posts defined, places, claims and distinct members holding a post. */
    record Figures(String code, String name, int posts, int capacity, int claims, int members) {
    }

    record Report(int year, Figures total, List<Figures> townships, List<Figures> organizations) {
    }

    @Transactional(readOnly = true)
    public Report of(CurrentUser user, Integer year, String township) {
        int reportYear = PostsAccess.yearOrCurrent(year);
        Organization scope = township == null || township.isBlank() ? organizations.scopeOf(user)
                .orElseThrow(() -> ApiException.notFound("您的账号未归属任何党组织，没有可统计的范围。"))
                : access.readable(user, township.strip());
        Map<String, Organization> byCode = new LinkedHashMap<>();
        organizations.subtree(scope).forEach(o -> byCode.put(o.code(), o));
        List<Post> defined = posts.ofOrganizations(byCode.keySet(), reportYear);
        List<long[]> claims = posts.claimsOn(defined.stream().map(Post::id).toList());
        Map<String, List<Post>> perOrganization = new LinkedHashMap<>();
        Map<String, List<Post>> perTownship = new LinkedHashMap<>();
        for (Post post : defined) {
            Organization organization = byCode.get(post.organizationCode());
            perOrganization.computeIfAbsent(organization.code(), c -> new ArrayList<>()).add(post);
            perTownship.computeIfAbsent(topLevel(organization), c -> new ArrayList<>()).add(post);
        }
        return new Report(reportYear, figures(scope.code(), scope.name(), defined, claims),
                figures(perTownship, claims), figures(perOrganization, claims));
    }

    byte[] workbook(CurrentUser user, Integer year, String township) {
        Report report = of(user, year, township);
        List<List<?>> rows = new ArrayList<>();
        rows.add(row("合计", report.total()));
        report.townships().forEach(f -> rows.add(row("苏木镇（党委）", f)));
        report.organizations().forEach(f -> rows.add(row("党组织", f)));
        return Workbooks.write(report.year() + "年设岗定责",
                List.of("层级", "代码", "名称", "岗位数", "可认领人数", "认领人次", "认领党员数"), rows);
    }

    private static List<?> row(String level, Figures f) {
        return List.of(level, f.code(), f.name(), f.posts(), f.capacity(), f.claims(), f.members());
    }

    private List<Figures> figures(Map<String, List<Post>> groups, List<long[]> claims) {
        return groups.entrySet().stream()
                .map(e -> figures(e.getKey(), organizations.get(e.getKey()).name(), e.getValue(), claims)).toList();
    }

    private static Figures figures(String code, String name, Collection<Post> group, List<long[]> claims) {
        Set<Long> ids = new HashSet<>(group.stream().map(Post::id).toList());
        List<long[]> own = claims.stream().filter(c -> ids.contains(c[0])).toList();
        return new Figures(code, name, group.size(), group.stream().mapToInt(Post::capacity).sum(), own.size(),
                (int) own.stream().mapToLong(c -> c[1]).distinct().count());
    }

    /** The township (or other Party committee) directly under the banner committee the organization belongs to. */
    private static String topLevel(Organization organization) {
        List<String> codes = Stream.of(organization.path().split("/")).filter(s -> !s.isEmpty()).toList();
        return codes.size() > 1 ? codes.get(1) : codes.get(0);
    }
}
