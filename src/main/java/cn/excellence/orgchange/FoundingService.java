package cn.excellence.orgchange;

import static cn.excellence.orgchange.OrgChangeProcess.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.MemberProfile;
import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationKind;
import cn.excellence.organization.OrganizationService;
import cn.excellence.organization.Sector;
import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.FormValues;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.jdbc.Rows;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * 成立党组织: a township secretary (or org-dept) applies → org-dept approves or returns → the organization is founded (a new
 * node in the tree, or for a 补录 the node already there gets its founding date) → the applicant records the first committee
 * election → org-dept files it (accepts or returns) → the committee stands on the node.
 */
@Service
public class FoundingService {

    /** A Party organization needs at least three full members (正式党员三人以上). */
    static final int MIN_MEMBERS = 3;
    static final int MAX_MEMBERS = 200;
    static final int MAX_BRANCHES = 20;

    private final FoundingRepository repository;
    private final OrganizationService organizations;

    FoundingService(FoundingRepository repository, OrganizationService organizations) {
        this.repository = repository;
        this.organizations = organizations;
    }

    /** The application as its start form gives it; returns the variables the process goes on with. */
    @Transactional
    public Map<String, Object> apply(Map<String, Object> form, CurrentUser user, String processInstanceId) {
        Organization applying = organizations.scopeOf(user).orElseThrow(() -> ApiException.forbidden("您的账号未关联任何组织，不能申请成立党组织。"));
        String existingCode = FormValues.text(form.get(VAR_EXISTING_CODE));
        String reason = TextRules.required(form.get(VAR_REASON), "申请理由", 10, 2000);
        LocalDate proposedOn = FoundingRules.day(form.get(VAR_PROPOSED_ON), "拟成立日期");
        Founding founding = existingCode != null ? existing(existingCode.strip(), user, reason, proposedOn, applying)
                : proposed(form, user, reason, proposedOn, applying);
        long id = repository.insert(founding, now());
        repository.update(id, Rows.columns("process_instance_id", processInstanceId));
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_FOUNDING_ID, id);
        variables.put(VAR_NAME, founding.name());
        variables.put(VAR_PARENT_CODE, founding.parentCode());
        variables.put(VAR_REASON, reason);
        variables.put(VAR_PROPOSED_ON, proposedOn.toString());
        variables.put(VAR_APPLIED_BY, user.userId());
        return variables;
    }

    /** 补录: the founding of an organization already in the tree, recorded with its founding date. */
    private Founding existing(String code, CurrentUser user, String reason, LocalDate proposedOn, Organization applying) {
        Organization organization = organizations.visible(user, code);
        if (organization.parentCode() == null || organization.kind() == OrganizationKind.BANNER_COMMITTEE) {
            throw new TaskInputException("旗委不能补录成立。");
        }
        if (repository.foundingOf(code)) {
            throw ApiException.conflict("“" + organization.name() + "”的成立已经申请或补录过。");
        }
        return new Founding(0, organization.parentCode(), code, true, organization.name(), organization.kind(), organization.sector(), reason,
                null, 0, proposedOn, null, FoundingStatus.APPLIED, null, null, null, null, null, user.userId(), applying.code(), null, null);
    }

    private Founding proposed(Map<String, Object> form, CurrentUser user, String reason, LocalDate proposedOn, Organization applying) {
        String parentCode = FormValues.text(form.get(VAR_PARENT_CODE));
        if (parentCode == null) {
            throw new TaskInputException("请填写“上级党组织代码”，或补录时填写“已有组织代码”。");
        }
        Organization parent = organizations.visible(user, parentCode.strip());
        if (parent.kind() == OrganizationKind.BRANCH) {
            throw new TaskInputException("“" + parent.name() + "”是党支部，其下不能成立党组织。");
        }
        String name = TextRules.required(form.get(VAR_NAME), "组织名称", 4, 100);
        OrganizationKind kind = FoundingRules.kind(form.get(VAR_KIND));
        Sector sector = FoundingRules.sector(form.get(VAR_SECTOR));
        int branches = FoundingRules.branches(form.get(VAR_BRANCHES), kind);
        Set<Long> members = FormValues.ids(form.get(VAR_MEMBER_IDS), "党员编号");
        if (members.size() < MIN_MEMBERS || members.size() > MAX_MEMBERS) {
            throw new TaskInputException("转入的党员应有 " + MIN_MEMBERS + " 至 " + MAX_MEMBERS + " 名（成立党组织须有正式党员三人以上），当前 " + members.size() + " 名。");
        }
        Set<Long> below = organizations.membersBelow(parent).stream().map(MemberProfile::id).collect(Collectors.toSet());
        members.stream().filter(m -> !below.contains(m)).findFirst().ifPresent(m -> {
            throw new TaskInputException("党员编号 " + m + " 不是“" + parent.name() + "”及下级组织的党员，不能转入。");
        });
        String ids = members.stream().map(String::valueOf).collect(Collectors.joining(","));
        return new Founding(0, parent.code(), null, false, name, kind, sector, reason, ids, branches, proposedOn, null, FoundingStatus.APPLIED,
                null, null, null, null, null, user.userId(), applying.code(), null, null);
    }

    static String businessKey(Map<String, Object> variables) {
        return BusinessKeys.of("成立党组织", variables.get(VAR_NAME), (Long) variables.get(VAR_FOUNDING_ID));
    }

    /** The form's choices of org-dept's review and of its filing review. */
    enum Decision {
        APPROVE,
        RETURN
    }

    /** Org-dept approves (the organization is founded next) or returns the application with reasons. */
    @Transactional
    public Decision review(long id, Object decision, Object comment) {
        founding(id, FoundingStatus.APPLIED);
        Decision chosen = TextRules.choice(decision, Decision.class, "审批意见");
        String text = chosen == Decision.APPROVE ? TextRules.optional(comment, "审批说明", 1000) : TextRules.required(comment, "审批说明", 5, 1000);
        repository.update(id, Rows.columns("status", chosen == Decision.APPROVE ? FoundingStatus.APPLIED : FoundingStatus.RETURNED,
                "review_comment", text, "updated_at", now()));
        return chosen;
    }

    /** The applicant's revision after a return: a new reason, back to org-dept. */
    @Transactional
    public void revise(long id, Object reason) {
        founding(id, FoundingStatus.RETURNED);
        repository.update(id, Rows.columns("reason", TextRules.required(reason, "申请理由", 10, 2000), "status", FoundingStatus.APPLIED,
                "updated_at", now()));
    }

    /** Founds the approved organization: a new node (with its branches and transferred members), or the 补录's founding date. */
    @Transactional
    public void found(long id) {
        Founding f = founding(id, FoundingStatus.APPLIED);
        String code = f.organizationCode();
        if (!f.existing()) {
            code = f.parentCode() + "-f" + id;
            organizations.createOrganization(code, f.name(), f.kind(), f.sector(), f.parentCode());
            String stem = f.name().replaceAll("(党委|党总支|党支部)$", "");
            for (int b = 1; b <= f.branches(); b++) {
                organizations.createOrganization(code + "-b" + (b < 10 ? "0" + b : b), stem + "第" + b + "党支部", OrganizationKind.BRANCH, f.sector(), code);
            }
            organizations.moveMembers(FormValues.ids(f.memberIds(), "党员编号"), code);
        }
        repository.update(id, Rows.columns("organization_code", code, "founded_on", FoundingRepository.date(f.proposedOn()), "status",
                FoundingStatus.ELECTING, "updated_at", now()));
    }

    /** The first committee election as the applicant records it; refused unless it keeps {@link ElectionRules}. */
    @Transactional
    public void elect(long id, Object candidates, Object entitled, Object present, Object electedOn) {
        Founding f = founding(id, FoundingStatus.ELECTING);
        Organization organization = organizations.get(f.organizationCode());
        int entitledCount = FoundingRules.count(entitled, "应到选举人数");
        int presentCount = FoundingRules.count(present, "实到选举人数");
        ElectionRules.checkQuorum(entitledCount, presentCount);
        Map<Long, MemberProfile> members = organizations.membersBelow(organization).stream()
                .collect(Collectors.toMap(MemberProfile::id, m -> m));
        if (entitledCount > members.size()) {
            throw new TaskInputException("应到选举人 " + entitledCount + " 人，多于“" + organization.name() + "”的党员 " + members.size() + " 人。");
        }
        LocalDate day = FoundingRules.day(electedOn, "选举日期");
        if (day.isBefore(f.foundedOn())) {
            throw new TaskInputException("选举日期不能早于成立日期 " + f.foundedOn() + "。");
        }
        List<Candidate> result = ElectionRules.parse(candidates, presentCount).stream().map(b -> {
            MemberProfile member = members.get(b.memberId());
            if (member == null) {
                throw new TaskInputException("党员编号 " + b.memberId() + " 不是“" + organization.name() + "”的党员，不能作为候选人。");
            }
            boolean elected = ElectionRules.elected(b.votes(), presentCount);
            return new Candidate(member.id(), member.name(), b.votes(), elected, elected && b.office() == null ? CommitteeOffice.MEMBER : b.office());
        }).toList();
        repository.replaceCandidates(id, result);
        repository.update(id, Rows.columns("electors_entitled", entitledCount, "electors_present", presentCount, "elected_on",
                FoundingRepository.date(day), "status", FoundingStatus.FILING, "updated_at", now()));
    }

    /** Org-dept's 备案审查: accepted (the committee stands on the node) or returned for a new election record. */
    @Transactional
    public Decision file(long id, Object decision, Object comment) {
        founding(id, FoundingStatus.FILING);
        Decision chosen = TextRules.choice(decision, Decision.class, "备案意见");
        String text = chosen == Decision.APPROVE ? TextRules.optional(comment, "备案说明", 1000) : TextRules.required(comment, "备案说明", 5, 1000);
        repository.update(id, Rows.columns("status", chosen == Decision.APPROVE ? FoundingStatus.FILED : FoundingStatus.ELECTING,
                "filing_comment", text, "updated_at", now()));
        return chosen;
    }

    Founding founding(long id, FoundingStatus expected) {
        Founding f = repository.find(id).orElseThrow(() -> new TaskInputException("成立党组织申请 " + id + " 不存在。"));
        if (f.status() != expected) {
            throw ApiException.conflict("成立党组织申请 " + id + " 当前为“" + f.status().label() + "”，不能办理此步骤。");
        }
        return f;
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
