package cn.excellence.posts;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.MemberProfile;
import cn.excellence.posts.PostViews.PostView;
import cn.excellence.shared.security.CurrentUser;

/** A member's 一书一卡一簿 of a year: the posts they hold, their pledge and the 功劳簿; and the post card made of them. */
@Service
public class MemberYear {

    private final PostsAccess access;
    private final PostRepository posts;
    private final ServiceBook book;
    private final PostCardRenderer renderer;

    MemberYear(PostsAccess access, PostRepository posts, ServiceBook book, PostCardRenderer renderer) {
        this.access = access;
        this.posts = posts;
        this.book = book;
        this.renderer = renderer;
    }

    record View(long memberId, String name, String organizationCode, String organizationName, int year, boolean withoutOffice,
            List<PostView> posts, List<String> pledgeItems, List<MeritEntry> entries, int residentPoints) {
    }

    @Transactional(readOnly = true)
    public View of(CurrentUser user, long memberId, Integer year) {
        MemberProfile member = access.member(user, memberId);
        int memberYear = PostsAccess.yearOrCurrent(year);
        List<MeritEntry> entries = book.entries(memberId, memberYear);
        return new View(member.id(), member.name(), member.organizationCode(), access.organizationOf(member).name(), memberYear,
                member.position() == null, posts.heldBy(memberId, memberYear).stream().map(p -> PostService.view(p, List.of())).toList(),
                book.pledgeItems(memberId, memberYear), entries, points(entries));
    }

    @Transactional(readOnly = true)
    public byte[] card(CurrentUser user, long memberId, Integer year) {
        MemberProfile member = access.member(user, memberId);
        int cardYear = PostsAccess.yearOrCurrent(year);
        List<MeritEntry> shown = book.entries(memberId, cardYear).stream().filter(e -> !e.hidden()).toList();
        return renderer.render(new PostCard(member.name(), access.organizationOf(member).name(), cardYear,
                posts.heldBy(memberId, cardYear), book.pledgeItems(memberId, cardYear), shown.size(), points(shown)));
    }

    private static int points(List<MeritEntry> entries) {
        return entries.stream().filter(e -> !e.hidden()).mapToInt(e -> e.evaluation().points()).sum();
    }
}
