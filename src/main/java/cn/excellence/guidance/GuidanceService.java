package cn.excellence.guidance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationKind;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.account.NewAccounts;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * The guidance staff: org-dept registers them; who sees whom. A staff member sees only themself; a secretary the staff
 * guiding an organization in their part of the tree; a banner-wide role everyone.
 */
@Service
public class GuidanceService {

    static final int MAX_ORGANIZATIONS = 50;
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");

    private final StaffRepository staff;
    private final MeetingRepository meetings;
    private final OrganizationService organizations;
    private final NewAccounts accounts;

    GuidanceService(StaffRepository staff, MeetingRepository meetings, OrganizationService organizations, NewAccounts accounts) {
        this.staff = staff;
        this.meetings = meetings;
        this.organizations = organizations;
        this.accounts = accounts;
    }

    /** A registered staff member; {@code initialPassword} only when the account was created now (shown once). */
    public record Registered(long staffId, String userId, String initialPassword) {
    }

    @Transactional
    public Registered register(StaffRequest request, CurrentUser by) {
        requireOrgDept(by);
        return record(request, by.userId());
    }

    /** Registers without asking who registers (the demo data); {@link #register} for a person. */
    @Transactional
    Registered record(StaffRequest request, String by) {
        if (request == null) {
            throw new TaskInputException("请填写指导员或联络员的账号、姓名、类别和指导的组织。");
        }
        String userId = TextRules.required(request.userId(), "账号", 2, 64);
        if (!USER_ID.matcher(userId).matches()) {
            throw new TaskInputException("“账号”只能由字母、数字、点、下划线和短横线组成，2 到 64 位，以字母或数字开头。");
        }
        String name = TextRules.required(request.name(), "姓名", 2, 50);
        StaffKind kind = TextRules.choice(request.kind(), StaffKind.class, "类别");
        List<Organization> guided = guidedOrganizations(request.organizationCodes(), kind);
        if (staff.isRegistered(userId)) {
            throw ApiException.conflict("账号“" + userId + "”已登记为指导员或联络员，不能重复登记。");
        }
        boolean create = Boolean.TRUE.equals(request.createAccount());
        boolean exists = accounts.exists(userId);
        if (create && exists) {
            throw ApiException.conflict("账号“" + userId + "”已存在：请不要勾选“新建账号”，直接登记该账号。");
        }
        if (!create && !exists) {
            throw new TaskInputException("账号“" + userId + "”不存在：请勾选“新建账号”（createAccount），或填写已有账号。");
        }
        long id = staff.insert(userId, name, kind, by, ClockUtil.getCurrentTime().toInstant());
        guided.forEach(o -> staff.guide(id, o.code(), o.townshipCode()));
        String password = null;
        if (create) {
            password = accounts.create(userId, name, Groups.INSTRUCTOR);
        } else {
            accounts.join(userId, Groups.INSTRUCTOR);
        }
        return new Registered(id, userId, password);
    }

    private List<Organization> guidedOrganizations(List<String> codes, StaffKind kind) {
        if (codes == null || codes.isEmpty()) {
            throw new TaskInputException("请至少选择一个指导的组织。");
        }
        if (codes.size() > MAX_ORGANIZATIONS) {
            throw new TaskInputException("一名指导员或联络员最多指导 " + MAX_ORGANIZATIONS + " 个组织。");
        }
        if (new LinkedHashSet<>(codes).size() != codes.size()) {
            throw new TaskInputException("指导的组织中有重复项。");
        }
        List<Organization> guided = new ArrayList<>();
        for (Object code : codes) {
            String text = TextRules.required(code, "组织代码", 1, 64);
            Organization organization = organizations.find(text)
                    .orElseThrow(() -> new TaskInputException("组织“" + TextRules.abbreviate(text) + "”不存在。"));
            checkKind(organization, kind);
            guided.add(organization);
        }
        return guided;
    }

    private static void checkKind(Organization organization, StaffKind kind) {
        if (organization.kind() == OrganizationKind.BANNER_COMMITTEE) {
            throw new TaskInputException("旗委不是基层党组织，不能作为指导对象。");
        }
        if (kind == StaffKind.TOWNSHIP_INSTRUCTOR && organization.kind() != OrganizationKind.PARTY_COMMITTEE) {
            throw new TaskInputException("苏木镇党委活动指导员只能指导党委，“" + organization.name() + "”不是党委。");
        }
        if (kind == StaffKind.VILLAGE_INSTRUCTOR && !organization.village()) {
            throw new TaskInputException("嘎查村活动指导员只能指导嘎查村党组织，“" + organization.name() + "”不是嘎查村党组织。");
        }
    }

    static void requireOrgDept(CurrentUser user) {
        if (!user.isMemberOf(Groups.ORG_DEPT)) {
            throw ApiException.forbidden("只有旗委组织部可以登记指导员和联络员、修改分线指导职责。");
        }
    }

    /** The staff the user may see: themself if they are staff, else those guiding their part of the tree. */
    public List<GuidanceStaff> visibleStaff(CurrentUser user) {
        List<GuidanceStaff> all = staff.all();
        if (user.isBannerWide()) {
            return all;
        }
        Optional<Long> own = staff.idOf(user.userId());
        if (own.isPresent()) {
            return all.stream().filter(s -> s.id() == own.get()).toList();
        }
        Optional<Organization> scope = organizations.scopeOf(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        return all.stream().filter(s -> s.organizationCodes().stream()
                .anyMatch(code -> organizations.find(code).map(o -> scope.get().contains(o)).orElse(false))).toList();
    }

    public GuidanceStaff visible(CurrentUser user, long id) {
        return visibleStaff(user).stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> ApiException.notFound("找不到指导员或联络员 " + id + "，或您无权查看。"));
    }

    boolean isRegistered(String userId) {
        return staff.isRegistered(userId);
    }

    String organizationName(String code) {
        return organizations.find(code).map(Organization::name).orElse(code);
    }

    /** Who chases a staff member's late report: the township secretary of the first organization they guide, if any. */
    Optional<String> chaserOf(GuidanceStaff member) {
        return member.townshipCodes().stream().map(t -> organizations.holderOf(t, Groups.TOWNSHIP_SECRETARY)).flatMap(Optional::stream)
                .findFirst();
    }

    public List<MeetingRepository.SectorDuty> sectors() {
        return meetings.sectors();
    }

    @Transactional
    public MeetingRepository.SectorDuty updateSector(String sector, String supervisor, String duties, CurrentUser by) {
        requireOrgDept(by);
        String who = TextRules.required(supervisor, "牵头指导单位", 2, 100);
        String what = TextRules.required(duties, "指导职责", 5, 1000);
        if (meetings.updateSector(sector, who, what, by.userId(), ClockUtil.getCurrentTime().toInstant()) == 0) {
            throw ApiException.notFound("找不到领域“" + TextRules.abbreviate(String.valueOf(sector)) + "”。");
        }
        return meetings.sectors().stream().filter(s -> s.sector().equals(sector)).findFirst().orElseThrow();
    }
}
