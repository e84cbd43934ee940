package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.jdbc.Rows.columns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.MemberProfile;
import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationKind;
import cn.excellence.organization.OrganizationService;
import cn.excellence.organization.Sector;
import cn.excellence.shared.ApplicationStarts;
import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/** Nominations (推荐): submitted by an organization's secretary, checked, reviewed by the township and org-dept. */
@Service
public class NominationService {

    private final CommendationRepository repository;
    private final OrganizationService organizations;
    private final CampaignService campaigns;
    private final RuntimeService runtimeService;

    NominationService(CommendationRepository repository, OrganizationService organizations, CampaignService campaigns,
            RuntimeService runtimeService) {
        this.repository = repository;
        this.organizations = organizations;
        this.campaigns = campaigns;
        this.runtimeService = runtimeService;
    }

    public Nomination nomination(long id) {
        return repository.findNomination(id).orElseThrow(() -> new TaskInputException("推荐 " + id + " 不存在。"));
    }

    /** Records the nomination and starts its process as the current user. */
    @Transactional
    public long nominate(NominationRequest request, CurrentUser user) {
        Map<String, Object> variables = record(request, user);
        long id = (Long) variables.get(VAR_NOMINATION_ID);
        String process = ApplicationStarts.run(() -> runtimeService.startProcessInstanceByKey(NOMINATION_PROCESS, businessKey(variables), variables))
                .getId();
        repository.updateNomination(id, columns("process_instance_id", process));
        return id;
    }

    /** The nomination's key in Cockpit: 评先推荐·the nominee·#id. */
    static String businessKey(Map<String, Object> variables) {
        return BusinessKeys.of("评先推荐", variables.get(VAR_NOMINEE_NAME), (Long) variables.get(VAR_NOMINATION_ID));
    }

    /**
     * Records the nomination of a process a secretary started through its start form (Tasklist's 启动流程),
     * with the same checks as {@link #nominate}; returns the variables the process goes on with.
     */
    @Transactional
    public Map<String, Object> nominateFromStartForm(NominationRequest request, CurrentUser user, String processInstanceId) {
        Map<String, Object> variables = record(request, user);
        repository.updateNomination((Long) variables.get(VAR_NOMINATION_ID), columns("process_instance_id", processInstanceId));
        return variables;
    }

    private Map<String, Object> record(NominationRequest request, CurrentUser user) {
        Organization nominating = organizations.scopeOf(user)
                .orElseThrow(() -> ApiException.forbidden("您的账号未关联任何组织，不能推荐。"));
        if (request.campaignId() == null) {
            throw new TaskInputException("请填写评先表彰活动编号（campaignId）。");
        }
        Campaign campaign = repository.findCampaign(request.campaignId())
                .orElseThrow(() -> ApiException.notFound("评先表彰活动 " + request.campaignId() + " 不存在。"));
        Campaign.Category category = campaign.categories().stream().filter(c -> c.code().equals(request.categoryCode())).findFirst()
                .orElseThrow(() -> new TaskInputException("类别“" + TextRules.abbreviate(String.valueOf(request.categoryCode())) + "”不存在。"));
        String deeds = TextRules.required(request.deeds(), "事迹", 20, 3000);
        String notes = TextRules.optional(request.notes(), "备注", 1000);
        Nominee nominee = nominee(request);
        if (!organizations.canSee(user, nominee.organization().code())) {
            throw ApiException.forbidden("只能推荐本组织及下级组织的对象。");
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        long id = repository.insertNomination(new Nomination(0, campaign.id(), category.id(), nominee.memberId() == null ? nominee.organization().code() : null,
                nominee.memberId(), nominee.name(), nominee.organization().name(), nominee.organization().townshipCode(),
                nominating.code(), user.userId(), deeds, notes, NominationStatus.CHECKING, null, null, now));
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_NOMINATION_ID, id);
        variables.put(VAR_CAMPAIGN_ID, campaign.id());
        variables.put(VAR_NOMINATED_BY, user.userId());
        variables.put(VAR_NOMINEE_NAME, nominee.name());
        variables.put(VAR_CATEGORY_NAME, category.name());
        variables.put(VAR_DEEDS, deeds);
        variables.put(VAR_NOTES, notes);
        return variables;
    }

    private record Nominee(String name, Organization organization, Long memberId) {
    }

    private Nominee nominee(NominationRequest request) {
        boolean byOrganization = request.nomineeOrganizationCode() != null && !request.nomineeOrganizationCode().isBlank();
        if (byOrganization == (request.nomineeMemberId() != null)) {
            throw new TaskInputException("请指定一个推荐对象：组织（nomineeOrganizationCode）或党员（nomineeMemberId），二者选一。");
        }
        if (byOrganization) {
            Organization organization = organizations.find(request.nomineeOrganizationCode())
                    .orElseThrow(() -> ApiException.notFound("组织“" + TextRules.abbreviate(request.nomineeOrganizationCode()) + "”不存在。"));
            return new Nominee(organization.name(), organization, null);
        }
        MemberProfile member = organizations.member(request.nomineeMemberId())
                .orElseThrow(() -> ApiException.notFound("党员 " + request.nomineeMemberId() + " 不存在。"));
        return new Nominee(member.name(), organizations.get(member.organizationCode()), request.nomineeMemberId());
    }

    /** The eligibility rules; an empty list means eligible. Sets the nomination's next status. */
    @Transactional
    public List<String> checkEligibility(long nominationId) {
        Nomination n = nomination(nominationId);
        Campaign campaign = campaigns.campaign(n.campaignId());
        Campaign.Category category = CampaignService.categoryOf(campaign, n.categoryId());
        List<String> reasons = new ArrayList<>();
        if (!Campaign.NOMINATING.equals(campaign.status()) || !ClockUtil.getCurrentTime().toInstant().isBefore(campaign.nominationDeadline())) {
            reasons.add("推荐已截止。");
        }
        Optional<MemberProfile> member = Optional.ofNullable(n.nomineeMemberId()).map(id -> organizations.member(id).orElseThrow());
        Organization nomineeOrg = organizations.get(member.map(MemberProfile::organizationCode).orElse(n.nomineeOrgCode()));
        if (!organizations.get(n.nominatingOrgCode()).contains(nomineeOrg)) {
            reasons.add("推荐对象不在推荐单位及其下级组织中。");
        }
        if (!fits(category.nomineeFilter(), n, member.map(MemberProfile::position).orElse(null), nomineeOrg)) {
            reasons.add("推荐对象类型与类别“" + category.name() + "”不符（应为" + category.nomineeFilter().label() + "）。");
        }
        if (member.isPresent() && !member.get().goodStanding()) {
            reasons.add("该党员目前不在正常状态，不能推荐。");
        }
        if (repository.otherLiveNominations(n.campaignId(), n.id(), n.nomineeOrgCode(), n.nomineeMemberId()) > 0) {
            reasons.add("该对象已在本次活动中被推荐。");
        }
        NominationStatus next = !reasons.isEmpty() ? NominationStatus.INELIGIBLE
                : townshipReviewer(n).isPresent() ? NominationStatus.TOWNSHIP_REVIEW : NominationStatus.ORG_DEPT_REVIEW;
        repository.updateNomination(n.id(), columns("status", next, "ineligible_reasons", reasons.isEmpty() ? null : String.join("", reasons)));
        return reasons;
    }

    private static boolean fits(NomineeFilter filter, Nomination n, String position, Organization org) {
        if (filter.organization() != (n.nomineeMemberId() == null)) {
            return false;
        }
        return switch (filter) {
            case TOWNSHIP_COMMITTEE -> org.sector() == Sector.TOWNSHIP && org.kind() == OrganizationKind.PARTY_COMMITTEE;
            case VILLAGE_ORGANIZATION -> org.village();
            case ENTERPRISE_ORGANIZATION -> org.sector() == Sector.ENTERPRISE;
            case VILLAGE_SECRETARY -> "VILLAGE_SECRETARY".equals(position);
            case VILLAGE_HEAD -> "VILLAGE_HEAD".equals(position);
            case ANY_MEMBER -> true;
        };
    }

    /**
     * The township secretary who reviews: when the nominee is under a township and a village or branch
     * below it nominated (a township or org-dept nominating goes straight to org-dept).
     */
    public Optional<String> townshipReviewer(Nomination n) {
        if (n.townshipCode() == null || n.nominatingOrgCode().equals(n.townshipCode())
                || !organizations.get(n.townshipCode()).contains(organizations.get(n.nominatingOrgCode()))) {
            return Optional.empty();
        }
        return organizations.holderOf(n.townshipCode(), Groups.TOWNSHIP_SECRETARY);
    }

    /** The township's decision: APPROVE, RETURN (for changes) or REJECT, the last two with a note. */
    @Transactional
    public void townshipReview(long nominationId, Object decision, Object note) {
        String choice = String.valueOf(decision);
        switch (choice) {
            case "APPROVE" -> repository.updateNomination(nominationId, columns("status", NominationStatus.ORG_DEPT_REVIEW,
                    "review_note", TextRules.optional(note, "审核意见说明", 2000)));
            case "RETURN", "REJECT" -> repository.updateNomination(nominationId, columns("status",
                    choice.equals("RETURN") ? NominationStatus.RETURNED : NominationStatus.REJECTED,
                    "review_note", TextRules.required(note, "审核意见说明", 2, 2000)));
            default -> throw new TaskInputException("请选择审核意见：同意、退回修改或不同意。");
        }
    }

    @Transactional
    public void revise(long nominationId, Object deeds, Object notes) {
        repository.updateNomination(nominationId, columns("deeds", TextRules.required(deeds, "事迹", 20, 3000),
                "notes", TextRules.optional(notes, "备注", 1000), "status", NominationStatus.CHECKING));
    }

    @Transactional
    public void orgDeptReview(long nominationId, Object decision, Object note) {
        if ("APPROVE".equals(decision)) {
            repository.updateNomination(nominationId, columns("status", NominationStatus.NOMINATED,
                    "review_note", TextRules.optional(note, "审核意见说明", 2000)));
        } else if ("REJECT".equals(decision)) {
            repository.updateNomination(nominationId, columns("status", NominationStatus.REJECTED,
                    "review_note", TextRules.required(note, "审核意见说明", 2, 2000)));
        } else {
            throw new TaskInputException("请选择审核意见：同意或不同意。");
        }
    }
}
