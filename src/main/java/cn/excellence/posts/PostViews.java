package cn.excellence.posts;

import java.util.List;

/** What the posts API answers about posts and their holders. */
final class PostViews {

    private PostViews() {
    }

    /** A post with its free places and the members holding it. */
    record PostView(long id, String organizationCode, int year, String name, String duties, int capacity, int claimed, int free,
            boolean active, List<Holder> holders) {
    }

    record Holder(long memberId, String name) {
    }

    /** An organization's posts of a year. */
    record OrganizationPosts(String code, String name, int year, List<PostView> posts) {
    }

    /** A member without office (无职党员) who may claim a post. */
    record MemberChoice(long id, String name, String organizationCode) {
    }

    record ClaimView(long postId, long memberId, String memberName, int free) {
    }
}
