package cn.excellence.posts;

import java.util.List;

/** What a member's post card (发挥作用岗位卡) of a year shows. */
record PostCard(String memberName, String organizationName, int year, List<Post> posts, List<String> pledgeItems,
        int residentEntries, int residentPoints) {
}
