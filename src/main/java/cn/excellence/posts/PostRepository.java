package cn.excellence.posts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.jdbc.Rows;

/** Posts (岗位) and the claims on them. */
@Repository
class PostRepository {

    private static final String POST = "select id, organization_code, post_year, name, duties, capacity, claimed, active from post";

    private final JdbcClient jdbc;

    PostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String organizationCode, int year, String name, String duties, int capacity, String createdBy, Instant now) {
        return Rows.insert(jdbc, """
                insert into post (organization_code, post_year, name, duties, capacity, claimed, active, created_by, created_at)
                values (?, ?, ?, ?, ?, 0, true, ?, ?)""", organizationCode, year, name, duties, capacity, createdBy, now);
    }

    Optional<Post> find(long id) {
        return jdbc.sql(POST + " where id = ?").param(id).query(PostRepository::map).optional();
    }

    List<Post> ofOrganization(String organizationCode, int year) {
        return jdbc.sql(POST + " where organization_code = ? and post_year = ? order by id").params(organizationCode, year)
                .query(PostRepository::map).list();
    }

    /** The posts of the organizations in the year: the report's rows. */
    List<Post> ofOrganizations(Collection<String> organizationCodes, int year) {
        return organizationCodes.isEmpty() ? List.of() : jdbc.sql(POST + " where organization_code in (:codes) and post_year = :year order by id")
                .param("codes", organizationCodes).param("year", year).query(PostRepository::map).list();
    }

    void deactivate(long id) {
        jdbc.sql("update post set active = false where id = ?").param(id).update();
    }

    /** Takes one place on an active post, if one is free: one conditional update, so concurrent claims never overfill it. */
    boolean takePlace(long postId) {
        return jdbc.sql("update post set claimed = claimed + 1 where id = ? and active = true and claimed < capacity")
                .param(postId).update() == 1;
    }

    void freePlace(long postId) {
        jdbc.sql("update post set claimed = claimed - 1 where id = ? and claimed > 0").param(postId).update();
    }

    boolean holds(long postId, long memberId) {
        return jdbc.sql("select count(*) from post_claim where post_id = ? and member_id = ?").params(postId, memberId)
                .query(Long.class).single() > 0;
    }

    long insertClaim(long postId, long memberId, String claimedBy, Instant now) {
        return Rows.insert(jdbc, "insert into post_claim (post_id, member_id, claimed_by, claimed_at) values (?, ?, ?, ?)",
                postId, memberId, claimedBy, now);
    }

    boolean deleteClaim(long postId, long memberId) {
        return jdbc.sql("delete from post_claim where post_id = ? and member_id = ?").params(postId, memberId).update() == 1;
    }

    /** Post id and member id of every claim on the posts. */
    List<long[]> claimsOn(Collection<Long> postIds) {
        return postIds.isEmpty() ? List.of() : jdbc.sql("select post_id, member_id from post_claim where post_id in (:ids) order by id")
                .param("ids", postIds).query((rs, n) -> new long[] {rs.getLong("post_id"), rs.getLong("member_id")}).list();
    }

    /** The posts the member holds in the year. */
    List<Post> heldBy(long memberId, int year) {
        return jdbc.sql("""
                select p.id, p.organization_code, p.post_year, p.name, p.duties, p.capacity, p.claimed, p.active
                from post p join post_claim c on c.post_id = p.id where c.member_id = ? and p.post_year = ? order by p.id""")
                .params(memberId, year).query(PostRepository::map).list();
    }

    /** Member id and how many posts of the year each of the members holds. */
    List<long[]> postsHeld(Collection<Long> memberIds, int year) {
        return memberIds.isEmpty() ? List.of() : jdbc.sql("""
                select c.member_id, count(*) as held from post_claim c join post p on p.id = c.post_id
                where c.member_id in (:ids) and p.post_year = :year group by c.member_id""")
                .param("ids", memberIds).param("year", year).query((rs, n) -> new long[] {rs.getLong("member_id"), rs.getLong("held")}).list();
    }

    private static Post map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Post(rs.getLong("id"), rs.getString("organization_code"), rs.getInt("post_year"), rs.getString("name"),
                rs.getString("duties"), rs.getInt("capacity"), rs.getInt("claimed"), rs.getBoolean("active"));
    }
}
