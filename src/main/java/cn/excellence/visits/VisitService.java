package cn.excellence.visits;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.fund.FundLedger;
import cn.excellence.fund.Money;
import cn.excellence.organization.MemberProfile;
import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.visits.VisitRequest.MemberRequest;

/**
 * Records a visit in one transaction: the visit, its leaders, the members visited and each 慰问金 booked on the hardship relief
 * fund (one ledger entry per member and visit day, so a repeated submission pays once); a refused payment leaves nothing.
 */
@Service
class VisitService {

    static final String FUND = "HARDSHIP_RELIEF";
    static final int MAX_MEMBERS = 500;
    static final int MAX_GROUP = 20;

    private final VisitRepository repository;
    private final VisitRules rules;
    private final OrganizationService organizations;
    private final FundLedger ledger;

    VisitService(VisitRepository repository, VisitRules rules, OrganizationService organizations, FundLedger ledger) {
        this.repository = repository;
        this.rules = rules;
        this.organizations = organizations;
        this.ledger = ledger;
    }

    @Transactional
    long record(CurrentUser user, VisitRequest request) {
        rules.requireRecorder(user);
        if (request == null) {
            throw new TaskInputException("请填写走访记录。");
        }
        LocalDate date = VisitRules.pastDate(request.date(), "走访日期");
        Organization organization = rules.visible(user, request.organizationCode());
        checkActivity(request.activityId(), date);
        List<String> leaders = rules.leaders(user, request.leaderIds());
        List<VisitActivity> activities = activities(request.activities());
        Map<Long, Long> members = members(user, organization, request.members());
        String group = VisitRules.text(request.group(), "走访组", MAX_GROUP, false);
        String help = VisitRules.text(request.helpGiven(), "帮扶内容", VisitRules.MAX_TEXT, false);
        long id = repository.insertVisit(new Visit(0, date, request.activityId(), group, organization.code(),
                organization.townshipCode(), activities, help, user.userId(), VisitRules.now()));
        leaders.forEach(leader -> repository.insertLeader(id, leader));
        members.forEach((member, fen) -> repository.insertMember(id, member, fen, fen == null ? null : pay(user, id, date, member, fen)));
        return id;
    }

    private String pay(CurrentUser user, long visitId, LocalDate date, long memberId, long fen) {
        String key = "visit-relief-" + date + "-member-" + memberId;
        String name = organizations.member(memberId).map(MemberProfile::name).orElse("#" + memberId);
        switch (ledger.pay(FUND, fen, false, key, "visit-" + visitId, "走访慰问金：" + name + "（" + date + "）", user.userId())) {
            case INSUFFICIENT -> throw ApiException.conflict("困难党员救助基金余额不足，无法发放 " + Money.yuan(fen).toPlainString()
                    + " 元慰问金；本次走访未保存。");
            case ALREADY_BOOKED -> throw ApiException.conflict(name + " " + date + " 已领取走访慰问金，不能重复发放；本次走访未保存。");
            default -> {
                return key;
            }
        }
    }

    private void checkActivity(Long activityId, LocalDate date) {
        if (activityId == null) {
            return;
        }
        VisitRepository.Day activity = repository.activity(activityId)
                .orElseThrow(() -> new TaskInputException("找不到编号为 " + activityId + " 的集中走访活动。"));
        if (!activity.date().equals(date)) {
            throw new TaskInputException("走访日期应与集中走访活动“" + activity.title() + "”的日期 " + activity.date() + " 一致。");
        }
    }

    private static List<VisitActivity> activities(List<String> given) {
        if (given == null || given.isEmpty()) {
            throw new TaskInputException("请选择走访内容（过组织生活、走访慰问、调研、帮扶解难）。");
        }
        List<VisitActivity> all = Arrays.asList(VisitActivity.values());
        return given.stream().map(a -> VisitRules.choice(VisitActivity.class, a, "走访内容", all)).distinct().toList();
    }

    /** The members visited, each of the organization or below, with the 慰问金 in fen (null: none; only org-dept pays). */
    private Map<Long, Long> members(CurrentUser user, Organization organization, List<MemberRequest> given) {
        Map<Long, Long> members = new LinkedHashMap<>();
        if (given == null) {
            return members;
        }
        if (given.size() > MAX_MEMBERS) {
            throw new TaskInputException("一次走访最多登记 " + MAX_MEMBERS + " 名党员。");
        }
        Set<Long> seen = new HashSet<>();
        for (MemberRequest member : given) {
            if (member == null || member.memberId() == null) {
                throw new TaskInputException("请填写走访党员的编号。");
            }
            long id = member.memberId();
            MemberProfile profile = organizations.member(id)
                    .orElseThrow(() -> new TaskInputException("找不到编号为 " + id + " 的党员。"));
            if (!organizations.find(profile.organizationCode()).map(organization::contains).orElse(false)) {
                throw new TaskInputException(profile.name() + "（编号 " + id + "）不是“" + organization.name() + "”的党员。");
            }
            if (!seen.add(id)) {
                throw new TaskInputException(profile.name() + "（编号 " + id + "）重复登记。");
            }
            members.put(id, relief(user, member));
        }
        return members;
    }

    private Long relief(CurrentUser user, MemberRequest member) {
        if (member.reliefYuan() == null) {
            return null;
        }
        long fen = Money.fen(member.reliefYuan(), "慰问金");
        rules.requireOrgDept(user, "登记发放慰问金（慰问金从困难党员救助基金支付）");
        return fen;
    }
}
