package cn.excellence.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;

import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * The organization tree and who may see which part of it: a banner-wide role sees everything, any
 * other user their own organization and below.
 */
@Service
public class OrganizationService {

    private final OrganizationRepository repository;
    private final IdentityService identityService;

    OrganizationService(OrganizationRepository repository, IdentityService identityService) {
        this.repository = repository;
        this.identityService = identityService;
    }

    /**
     * The user of the organization who is in the given role group (e.g. its township secretary), if any.
     * Looked up whatever the caller may read of users: a secretary must find their township's reviewer.
     */
    public Optional<String> holderOf(String organizationCode, String group) {
        org.camunda.bpm.engine.impl.identity.Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return repository.usersOf(organizationCode).stream()
                    .filter(u -> identityService.createUserQuery().userId(u).memberOfGroup(group).count() > 0)
                    .findFirst();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    public Optional<Organization> find(String code) {
        return repository.find(code);
    }

    public Organization get(String code) {
        return repository.find(code).orElseThrow(() -> ApiException.notFound("找不到组织“" + code + "”。"));
    }

    public List<Organization> townships() {
        return repository.children(OrganizationTreeGenerator.ROOT).stream()
                .filter(o -> o.sector() == Sector.TOWNSHIP).toList();
    }

    /** The organization whose subtree the user may see, or empty when they belong to none. */
    public Optional<Organization> scopeOf(CurrentUser user) {
        if (user.isBannerWide()) {
            return repository.find(OrganizationTreeGenerator.ROOT);
        }
        return repository.organizationOf(user.userId()).flatMap(repository::find);
    }

    public boolean canSee(CurrentUser user, String organizationCode) {
        Optional<Organization> target = repository.find(organizationCode);
        return target.isPresent() && scopeOf(user).map(scope -> scope.contains(target.get())).orElse(false);
    }

    /** The organization, if it exists and the user may see it; 404 in both other cases, so nothing leaks. */
    public Organization visible(CurrentUser user, String code) {
        if (!canSee(user, code)) {
            throw ApiException.notFound("找不到组织“" + code + "”，或您无权查看。");
        }
        return get(code);
    }

    public List<Organization> children(String code) {
        return repository.children(code);
    }

    public List<Organization> subtree(Organization organization) {
        return repository.subtree(organization.path());
    }

    public Optional<String> organizationOf(String userId) {
        return repository.organizationOf(userId);
    }

    /** The organization of each of these users who has one (a user without one is left out). */
    public Map<String, String> organizationsOf(Collection<String> userIds) {
        return userIds.isEmpty() ? Map.of() : repository.organizationsOf(userIds);
    }

    public List<String> usersOf(String organizationCode) {
        return repository.usersOf(organizationCode);
    }

    public void assign(String userId, String organizationCode) {
        get(organizationCode);
        repository.assign(userId, organizationCode);
    }

    public long countMembers(String organizationCode) {
        return repository.countMembers(organizationCode);
    }

    public List<RosterEntry> members(String organizationCode, int page, int size) {
        return repository.members(organizationCode, page, size);
    }

    public Optional<MemberProfile> member(long id) {
        return repository.memberProfile(id);
    }

    /** The pre-1949 veterans (建国前老党员), by id: one query, whatever their number. */
    public List<Long> pre1949VeteranIds() {
        return repository.pre1949VeteranIds();
    }

    /** The farmers and herders (农牧民党员) born on or before the date, by id: one query, whatever their number. */
    public List<Long> farmerHerderIdsBornOnOrBefore(LocalDate date) {
        return repository.farmerHerderIdsBornOnOrBefore(date);
    }

    /** How many of the (distinct) ids are members: one query. */
    public long countMembersAmong(Collection<Long> distinctIds) {
        return repository.countMembersAmong(distinctIds);
    }

    /**
     * The members of the organization and below, by id, with their office (position; null: without office, 无职党员):
     * one query. For 设岗定责 and the 功劳簿 of the posts module.
     */
    public List<MemberProfile> membersBelow(Organization organization) {
        return repository.membersBelow(organization.path());
    }

    /**
     * The members with these identity numbers (公民身份号码, trimmed and upper-cased), by number: a few queries, whatever
     * their number. For attendance imported by identity number (the training module).
     */
    public java.util.Map<String, MemberProfile> membersByIdentityNumber(Collection<String> numbers) {
        return repository.membersByIdentityNumber(numbers);
    }

    /** What is wrong with an identity number (trimmed, upper-cased), in Chinese, or empty when it is valid (GB 11643). */
    public static Optional<String> identityNumberProblem(String number) {
        return IdentityNumbers.problem(number);
    }

    /** The members in hardship (困难党员), by id: one query, whatever their number. For 走访慰问 (visits). */
    public List<Long> hardshipMemberIds() {
        return repository.hardshipMemberIds();
    }

    /**
     * The engine groups of a user (empty when there is no such user), looked up whatever the caller may read of users:
     * org-dept must check that a contact point's leader is a leader. For the visits module.
     */
    public List<String> groupsOf(String userId) {
        org.camunda.bpm.engine.impl.identity.Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            if (identityService.createUserQuery().userId(userId).count() == 0) {
                return List.of();
            }
            return identityService.createGroupQuery().groupMember(userId).list().stream()
                    .map(org.camunda.bpm.engine.identity.Group::getId).toList();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    /**
     * The secretary account working the organization: its own holder of one of the groups (tried in this order), else the
     * nearest one above it; empty when none up to the root. For modules that assign an organization's tasks (pairing).
     */
    public Optional<String> nearestHolder(String organizationCode, List<String> groups) {
        for (Organization o = get(organizationCode); o != null; o = o.parentCode() == null ? null : get(o.parentCode())) {
            for (String group : groups) {
                Optional<String> holder = holderOf(o.code(), group);
                if (holder.isPresent()) {
                    return holder;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Creates an organization under {@code parentCode} (组织设置: a newly founded organization), at the end of its parent's
     * children; its township and village flag follow the parent. The tree API shows it at once. For the orgchange module.
     */
    public Organization createOrganization(String code, String name, OrganizationKind kind, Sector sector, String parentCode) {
        Organization parent = get(parentCode);
        String township = parent.townshipCode() != null ? parent.townshipCode()
                : parent.sector() == Sector.TOWNSHIP && OrganizationTreeGenerator.ROOT.equals(parent.parentCode()) ? parent.code() : null;
        boolean village = sector == Sector.VILLAGE && parent.sector() == Sector.TOWNSHIP && !parent.village();
        repository.insert(new Organization(code, name, kind, sector, parent.code(), parent.path() + code + "/", township, village, false,
                repository.nextSortOrder()));
        return get(code);
    }

    /** Moves the members (by id) to the organization (党员组织关系转入新成立的组织). For the orgchange module. */
    public void moveMembers(Collection<Long> memberIds, String organizationCode) {
        get(organizationCode);
        repository.moveMembers(memberIds, organizationCode);
    }

    /**
     * Gives the member the village office ({@code VILLAGE_SECRETARY} 党组织书记 or {@code VILLAGE_HEAD} 村委会主任) of the village
     * organization {@code villageCode} (换届): whoever in its subtree held that office before loses it. For the orgchange module.
     */
    public void setVillagePosition(String villageCode, long memberId, String position) {
        repository.setVillagePosition(get(villageCode).path(), memberId, position);
    }
}
