package cn.excellence.orgchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.MemberProfile;
import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.FormValues;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * The reserve cadres (后备干部) the townships and org-dept keep, and the 两委换届 results: each sets the elected member's office
 * in the roster; the report counts the elected and the reserve cadres among them (a person once, whatever their offices).
 */
@Service
public class CadreService {

    static final int MAX_VOTES = 100_000;

    private final CadreRepository repository;
    private final OrganizationService organizations;

    CadreService(CadreRepository repository, OrganizationService organizations) {
        this.repository = repository;
        this.organizations = organizations;
    }

    /** Registers a member of a village organization as a reserve cadre. */
    @Transactional
    public ReserveCadre register(CurrentUser user, Object memberId, Object type, Object since) {
        checkKeeper(user);
        MemberProfile member = member(user, memberId);
        Organization village = villageOf(member.organizationCode())
                .orElseThrow(() -> new TaskInputException("党员“" + member.name() + "”不在嘎查村党组织，不能登记为村“两委”后备干部。"));
        CadreType cadreType = TextRules.choice(type, CadreType.class, "后备干部类型");
        LocalDate day = FoundingRules.day(since, "列入后备日期");
        if (day.isAfter(now().atZone(WorkingDayCalendar.ZONE).toLocalDate())) {
            throw new TaskInputException("“列入后备日期”不能晚于今天。");
        }
        if (repository.isReserve(member.id())) {
            throw ApiException.conflict("党员“" + member.name() + "”已在后备干部名册中。");
        }
        try {
            repository.insertReserve(member.id(), member.name(), village.code(), village.townshipCode(), cadreType, day, user.userId(), now());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("党员“" + member.name() + "”已在后备干部名册中。");
        }
        return reserves(user).stream().filter(r -> r.memberId() == member.id()).findFirst().orElseThrow();
    }

    /** The register, within the user's scope. */
    public List<ReserveCadre> reserves(CurrentUser user) {
        Set<String> visible = visibleCodes(user);
        return repository.reserves().stream().filter(r -> visible.contains(r.organizationCode())).toList();
    }

    /** Records a 两委换届 result (start form or API) and sets the member's office in the roster. */
    @Transactional
    public VillageElection record(CurrentUser user, Object year, Object villageCode, Object office, Object memberId, Object votes,
            String processInstanceId) {
        checkKeeper(user);
        Integer electionYear = FormValues.integer(year, "换届年度");
        if (electionYear == null || electionYear < 2000 || electionYear > 2100) {
            throw new TaskInputException("“换届年度”应在 2000 至 2100 之间。");
        }
        String code = FormValues.text(villageCode);
        if (code == null) {
            throw new TaskInputException("请填写“嘎查村党组织代码”。");
        }
        Organization village = organizations.visible(user, code.strip());
        if (!village.village()) {
            throw new TaskInputException("“" + village.name() + "”不是嘎查村党组织，不能登记村“两委”换届结果。");
        }
        VillageOffice chosen = TextRules.choice(office, VillageOffice.class, "当选职务");
        MemberProfile member = member(user, memberId);
        if (!villageOf(member.organizationCode()).map(v -> v.code().equals(village.code())).orElse(false)) {
            throw new TaskInputException("党员“" + member.name() + "”不是“" + village.name() + "”的党员。");
        }
        Integer count = FormValues.integer(votes, "得票数");
        if (count == null || count < 1 || count > MAX_VOTES) {
            throw new TaskInputException("“得票数”应在 1 至 " + MAX_VOTES + " 之间。");
        }
        String taken = electionYear + " 年“" + village.name() + "”的" + chosen.label() + "换届结果已经登记。";
        if (repository.elected(electionYear, village.code(), chosen)) {
            throw ApiException.conflict(taken);
        }
        long id;
        try {
            id = repository.insertElection(electionYear, village.code(), village.townshipCode(), chosen, member.id(), member.name(), count,
                    user.userId(), now(), processInstanceId);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict(taken);
        }
        organizations.setVillagePosition(village.code(), member.id(), chosen.name());
        return repository.elections(electionYear).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    /** The year's results within the user's scope. */
    public List<VillageElection> elections(CurrentUser user, int year) {
        Set<String> visible = visibleCodes(user);
        return repository.elections(year).stream().filter(e -> visible.contains(e.organizationCode())).toList();
    }

    List<VillageElection> allElections(java.util.Collection<String> codes) {
        return repository.elections().stream().filter(e -> codes == null || codes.contains(e.organizationCode())).toList();
    }

    List<ReserveCadre> allReserves() {
        return repository.reserves();
    }

    private void checkKeeper(CurrentUser user) {
        if (!user.isMemberOf(Groups.TOWNSHIP_SECRETARY) && !user.isMemberOf(Groups.ORG_DEPT)) {
            throw ApiException.forbidden("后备干部名册和换届结果由苏木镇党委书记或组织部登记。");
        }
    }

    private MemberProfile member(CurrentUser user, Object memberId) {
        Long id = FormValues.wholeNumber(memberId, "党员编号");
        if (id == null) {
            throw new TaskInputException("请填写“党员编号”。");
        }
        return organizations.member(id).filter(m -> organizations.canSee(user, m.organizationCode()))
                .orElseThrow(() -> ApiException.notFound("找不到党员编号 " + id + "，或您无权查看。"));
    }

    /** The village organization (嘎查村) the organization is, or belongs to. */
    private java.util.Optional<Organization> villageOf(String code) {
        java.util.Optional<Organization> current = organizations.find(code);
        while (current.isPresent() && !current.get().village()) {
            String parent = current.get().parentCode();
            current = parent == null ? java.util.Optional.empty() : organizations.find(parent);
        }
        return current;
    }

    Set<String> visibleCodes(CurrentUser user) {
        return organizations.scopeOf(user).map(scope -> organizations.subtree(scope).stream().map(Organization::code).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
