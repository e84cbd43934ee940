package cn.excellence.posts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.MemberProfile;
import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.posts.PostViews.ClaimView;
import cn.excellence.posts.PostViews.Holder;
import cn.excellence.posts.PostViews.MemberChoice;
import cn.excellence.posts.PostViews.OrganizationPosts;
import cn.excellence.posts.PostViews.PostView;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/** 设岗定责: village and community organizations define posts; their members without office claim them. */
@Service
public class PostService {

    static final int MAX_CAPACITY = 100;

    private final PostRepository posts;
    private final PostsAccess access;
    private final OrganizationService organizations;

    PostService(PostRepository posts, PostsAccess access, OrganizationService organizations) {
        this.posts = posts;
        this.access = access;
        this.organizations = organizations;
    }

    @Transactional
    public long define(CurrentUser user, String organizationCode, Integer year, String name, String duties, Integer capacity) {
        Organization organization = access.postOrganization(user, organizationCode);
        int postYear = PostsAccess.year(year);
        String postName = TextRules.required(name, "岗位名称", 2, 50);
        String postDuties = TextRules.required(duties, "岗位职责", 2, 500);
        if (capacity == null) {
            throw new TaskInputException("请填写“可认领人数”。");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new TaskInputException("“可认领人数”应在 1 至 " + MAX_CAPACITY + " 之间。");
        }
        return posts.insert(organization.code(), postYear, postName, postDuties, capacity, user.userId(), PostsAccess.now());
    }

    @Transactional
    public void deactivate(CurrentUser user, long postId) {
        Post post = post(user, postId);
        access.writable(user, post.organizationCode());
        posts.deactivate(postId);
    }

    OrganizationPosts ofOrganization(CurrentUser user, String organizationCode, Integer year) {
        Organization organization = access.readable(user, organizationCode);
        int postYear = PostsAccess.yearOrCurrent(year);
        List<Post> list = posts.ofOrganization(organization.code(), postYear);
        Map<Long, String> names = organizations.membersBelow(organization).stream()
                .collect(Collectors.toMap(MemberProfile::id, MemberProfile::name));
        List<long[]> claims = posts.claimsOn(list.stream().map(Post::id).toList());
        return new OrganizationPosts(organization.code(), organization.name(), postYear, list.stream()
                .map(p -> view(p, claims.stream().filter(c -> c[0] == p.id())
                        .map(c -> new Holder(c[1], names.getOrDefault(c[1], "（已调离）"))).toList()))
                .toList());
    }

    /** The members without office (无职党员) of the organization and below, who may claim its posts. */
    List<MemberChoice> membersWithoutOffice(CurrentUser user, String organizationCode) {
        Organization organization = access.readable(user, organizationCode);
        return organizations.membersBelow(organization).stream().filter(m -> m.position() == null)
                .map(m -> new MemberChoice(m.id(), m.name(), m.organizationCode())).toList();
    }

    /**
     * Records that a member without office of the post's organization (or below) holds the post: refused when they hold it
     * already (409) or the post is full (409); the place is taken by one conditional update, so two claims never overfill it.
     */
    @Transactional
    public ClaimView claim(CurrentUser user, long postId, Long memberId) {
        Post post = post(user, postId);
        Organization organization = access.writable(user, post.organizationCode());
        if (memberId == null) {
            throw new TaskInputException("请选择认领岗位的党员（memberId）。");
        }
        MemberProfile member = access.member(user, memberId);
        if (!access.within(organization, member)) {
            throw ApiException.notFound("党员“" + member.name() + "”不属于" + organization.name() + "，不能认领其岗位。");
        }
        if (member.position() != null) {
            throw new TaskInputException("党员“" + member.name() + "”担任职务，设岗定责只面向无职党员。");
        }
        if (posts.holds(postId, memberId)) {
            throw ApiException.conflict("党员“" + member.name() + "”已认领该岗位。");
        }
        if (!post.active()) {
            throw ApiException.conflict("岗位“" + post.name() + "”已停用，不能认领。");
        }
        if (!posts.takePlace(postId)) {
            throw ApiException.conflict("岗位“" + post.name() + "”已满（" + post.capacity() + " 人），不能再认领。");
        }
        try {
            posts.insertClaim(postId, memberId, user.userId(), PostsAccess.now());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("党员“" + member.name() + "”已认领该岗位。");
        }
        return new ClaimView(postId, memberId, member.name(), posts.find(postId).map(Post::free).orElse(0));
    }

    @Transactional
    public void release(CurrentUser user, long postId, long memberId) {
        Post post = post(user, postId);
        access.writable(user, post.organizationCode());
        if (!posts.deleteClaim(postId, memberId)) {
            throw ApiException.notFound("该党员未认领岗位“" + post.name() + "”。");
        }
        posts.freePlace(postId);
    }

    private Post post(CurrentUser user, long postId) {
        return posts.find(postId).filter(p -> organizations.canSee(user, p.organizationCode()))
                .orElseThrow(() -> ApiException.notFound("找不到编号为 " + postId + " 的岗位，或您无权查看。"));
    }

    static PostView view(Post p, List<Holder> holders) {
        return new PostView(p.id(), p.organizationCode(), p.year(), p.name(), p.duties(), p.capacity(), p.claimed(), p.free(), p.active(),
                holders);
    }
}
