package cn.excellence.commendation;

import static cn.excellence.shared.jdbc.Rows.instant;
import static cn.excellence.shared.jdbc.Rows.nullableLong;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.jdbc.Rows;

@Repository
class CommendationRepository {

    private final JdbcClient jdbc;

    CommendationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private long insert(String sql, Object... params) {
        return Rows.insert(jdbc, sql, params);
    }

    long insertCampaign(int year, String title, Instant deadline, int noticeDays, String createdBy, Instant now, String processInstanceId) {
        return insert("""
                insert into commendation_campaign (campaign_year, title, nomination_deadline, notice_working_days, status,
                created_by, created_at, process_instance_id) values (?, ?, ?, ?, 'NOMINATING', ?, ?, ?)""",
                year, title, deadline, noticeDays, createdBy, now, processInstanceId);
    }

    void insertCategory(long campaignId, Campaign.Category c) {
        insert("""
                insert into commendation_category (campaign_id, code, name, quota, nominee_type, nominee_filter, award_fen)
                values (?, ?, ?, ?, ?, ?, ?)""", campaignId, c.code(), c.name(), c.quota(),
                c.nomineeFilter().organization() ? "ORGANIZATION" : "MEMBER", c.nomineeFilter(), c.awardFen());
    }

    void updateCampaign(long id, Map<String, Object> columns) {
        Rows.update(jdbc, "commendation_campaign", id, columns);
    }

    Optional<Campaign> findCampaign(long id) {
        return jdbc.sql("select * from commendation_campaign where id = ?").param(id).query(this::mapCampaign).optional();
    }

    List<Campaign> campaigns() {
        return jdbc.sql("select * from commendation_campaign order by id desc").query(this::mapCampaign).list();
    }

    List<Campaign> campaignsWithNotice() {
        return jdbc.sql("select * from commendation_campaign where notice_published_at is not null order by notice_published_at desc")
                .query(this::mapCampaign).list();
    }

    long insertNomination(Nomination n) {
        return insert("""
                insert into nomination (campaign_id, category_id, nominee_org_code, nominee_member_id, nominee_name,
                nominee_org_name, township_code, nominating_org_code, nominated_by, deeds, notes, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CHECKING', ?)""", n.campaignId(), n.categoryId(), n.nomineeOrgCode(),
                n.nomineeMemberId(), n.nomineeName(), n.nomineeOrgName(), n.townshipCode(), n.nominatingOrgCode(),
                n.nominatedBy(), n.deeds(), n.notes(), n.createdAt());
    }

    void updateNomination(long id, Map<String, Object> columns) {
        Rows.update(jdbc, "nomination", id, columns);
    }

    Optional<Nomination> findNomination(long id) {
        return jdbc.sql("select * from nomination where id = ?").param(id).query(CommendationRepository::mapNomination).optional();
    }

    List<Nomination> nominations(long campaignId) {
        return jdbc.sql("select * from nomination where campaign_id = ? order by id").param(campaignId)
                .query(CommendationRepository::mapNomination).list();
    }

    /** Other live nominations of the same nominee in the campaign (refused, ineligible and withdrawn ones do not count). */
    long otherLiveNominations(long campaignId, long nominationId, String orgCode, Long memberId) {
        return jdbc.sql("""
                select count(*) from nomination where campaign_id = ? and id <> ?
                and status not in ('INELIGIBLE', 'REJECTED', 'WITHDRAWN')
                and ((cast(? as varchar(64)) is not null and nominee_org_code = ?) or (cast(? as bigint) is not null and nominee_member_id = ?))""")
                .params(campaignId, nominationId, orgCode, orgCode, memberId, memberId).query(Long.class).single();
    }

    long insertObjection(long campaignId, long nominationId, String reason, String contact, String clientAddress, Instant now) {
        return insert("""
                insert into objection (campaign_id, nomination_id, reason, contact, client_address, status, created_at)
                values (?, ?, ?, ?, ?, 'OPEN', ?)""", campaignId, nominationId, reason, contact, clientAddress, now);
    }

    void updateObjection(long id, Map<String, Object> columns) {
        Rows.update(jdbc, "objection", id, columns);
    }

    Optional<Map<String, Object>> objection(long id) {
        return jdbc.sql("select * from objection where id = ?").param(id).query().listOfRows().stream().findFirst();
    }

    List<Map<String, Object>> objections(long campaignId) {
        return jdbc.sql("select * from objection where campaign_id = ? order by id").param(campaignId).query().listOfRows();
    }

    long openObjections(long campaignId) {
        return jdbc.sql("select count(*) from objection where campaign_id = ? and status = 'OPEN'").param(campaignId)
                .query(Long.class).single();
    }

    long objectionsFrom(String clientAddress, Instant since) {
        return jdbc.sql("select count(*) from objection where client_address = ? and created_at >= ?")
                .params(clientAddress, Rows.value(since)).query(Long.class).single();
    }

    long insertHonour(long campaignId, Nomination n, Campaign.Category category, int year, String number, LocalDate issuedOn) {
        return insert("""
                insert into honour (campaign_id, nomination_id, category_name, recipient_name, organization_name, honour_year,
                certificate_number, issued_on, award_fen) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", campaignId, n.id(), category.name(),
                n.nomineeName(), n.nomineeOrgName(), year, number, java.sql.Date.valueOf(issuedOn), category.awardFen());
    }

    List<Honour> honours(Integer year) {
        return jdbc.sql("select * from honour where (cast(? as integer) is null or honour_year = ?) order by id").params(year, year)
                .query(CommendationRepository::mapHonour).list();
    }

    Optional<Honour> honour(long id) {
        return jdbc.sql("select * from honour where id = ?").param(id).query(CommendationRepository::mapHonour).optional();
    }

    /** A nomination with its process instance, for 我的事项. */
    record NominationCase(Nomination nomination, String processInstanceId) {
    }

    /** The nominations made by these organizations ({@code null}: by every organization). */
    List<NominationCase> nominationsBy(Collection<String> organizationCodes) {
        if (organizationCodes != null && organizationCodes.isEmpty()) {
            return List.of();
        }
        String where = organizationCodes == null ? "" : " where nominating_org_code in (:codes)";
        var query = jdbc.sql("select * from nomination" + where + " order by id");
        return (organizationCodes == null ? query : query.param("codes", organizationCodes))
                .query((rs, n) -> new NominationCase(mapNomination(rs, n), rs.getString("process_instance_id"))).list();
    }

    private static Honour mapHonour(ResultSet rs, int row) throws SQLException {
        Long award = nullableLong(rs, "award_fen");
        return new Honour(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("nomination_id"), rs.getInt("honour_year"),
                rs.getString("category_name"), rs.getString("recipient_name"), rs.getString("organization_name"),
                rs.getString("certificate_number"), rs.getDate("issued_on").toLocalDate(),
                award == null ? null : java.math.BigDecimal.valueOf(award, 2));
    }

    private Campaign mapCampaign(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<Campaign.Category> categories = jdbc.sql("select * from commendation_category where campaign_id = ? order by id")
                .param(id).query((c, n) -> new Campaign.Category(c.getLong("id"), c.getString("code"), c.getString("name"),
                        c.getInt("quota"), NomineeFilter.valueOf(c.getString("nominee_filter")), nullableLong(c, "award_fen")))
                .list();
        return new Campaign(id, rs.getInt("campaign_year"), rs.getString("title"), instant(rs, "nomination_deadline"),
                rs.getInt("notice_working_days"), rs.getString("status"), rs.getString("send_back_reason"),
                instant(rs, "notice_published_at"), instant(rs, "notice_ends_at"), categories);
    }

    private static Nomination mapNomination(ResultSet rs, int row) throws SQLException {
        return new Nomination(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("category_id"), rs.getString("nominee_org_code"),
                nullableLong(rs, "nominee_member_id"), rs.getString("nominee_name"), rs.getString("nominee_org_name"),
                rs.getString("township_code"), rs.getString("nominating_org_code"), rs.getString("nominated_by"),
                rs.getString("deeds"), rs.getString("notes"), NominationStatus.valueOf(rs.getString("status")),
                rs.getString("ineligible_reasons"), rs.getString("review_note"), instant(rs, "created_at"));
    }
}
