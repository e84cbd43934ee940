package cn.excellence.organization;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * Imports the member roster (党员花名册) from Excel: org-dept anywhere, a secretary into their own organization and below.
 * A member is known by their identity number: a known one is updated where a field differs, a new one inserted. Every
 * row is checked first; the import is saved, in one transaction, only when no row has an error.
 */
@Service
public class MemberImportService {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(MemberImportService.class);
    private static final List<String> SECRETARIES = List.of(Groups.TOWNSHIP_SECRETARY, Groups.VILLAGE_SECRETARY, Groups.PARTY_SECRETARY);

    private final OrganizationRepository organizations;
    private final MemberRosterRepository members;

    MemberImportService(OrganizationRepository organizations, MemberRosterRepository members) {
        this.organizations = organizations;
        this.members = members;
    }

    /** The organization the user imports into (and below); 403 for a role that does not keep a roster. */
    Organization scopeOf(CurrentUser user) {
        if (!user.isMemberOf(Groups.ORG_DEPT) && SECRETARIES.stream().noneMatch(user::isMemberOf)) {
            throw ApiException.forbidden("只有组织部和各级党组织书记可以导入党员花名册。");
        }
        String code = user.isMemberOf(Groups.ORG_DEPT) ? OrganizationTreeGenerator.ROOT
                : organizations.organizationOf(user.userId()).orElseThrow(() -> ApiException.forbidden("您的账号未关联任何组织，请联系组织部。"));
        return organizations.find(code).orElseThrow();
    }

    /** An organization the user may import into, for the template's example row: their own, or org-dept's first branch. */
    Organization exampleOrganization(CurrentUser user) {
        Organization scope = scopeOf(user);
        return organizations.subtree(scope.path()).stream().filter(o -> o.kind() == OrganizationKind.BRANCH).findFirst().orElse(scope);
    }

    /** Checks the file and, when {@code apply} and no row has an error, saves it; with errors nothing is saved. */
    @Transactional
    public ImportReport importRoster(CurrentUser user, long size, InputStream file, boolean apply) {
        Organization scope = scopeOf(user);
        if (size <= 0) {
            throw new TaskInputException("请选择要导入的 Excel 文件（.xlsx）。");
        }
        if (size > MAX_BYTES) {
            throw new TaskInputException("文件过大：最多 10 MB，请分成几个文件导入。");
        }
        List<RosterWorkbook.Row> rows = RosterWorkbook.read(file);
        List<ImportReport.RowError> errors = new ArrayList<>();
        Directory directory = directory();
        Map<Integer, RosterMember> read = check(rows, scope, directory, errors);
        Map<String, RosterMember> known = members.byIdentityNumber(read.values().stream().map(RosterMember::identityNumber).toList());
        List<RosterMember> inserts = new ArrayList<>();
        List<RosterMember> updates = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<Integer, RosterMember> row : read.entrySet()) {
            RosterMember member = row.getValue();
            RosterMember before = known.get(member.identityNumber());
            if (before == null) {
                inserts.add(member);
            } else if (!scope.contains(directory.byCode().get(before.organizationCode()))) {
                errors.add(new ImportReport.RowError(row.getKey(), RosterColumn.IDENTITY_NUMBER.header(), member.identityNumber(),
                        "该身份号码的党员属于其他党组织，" + RosterRowChecks.OUT_OF_SCOPE + "。"));
            } else if (before.equals(member)) {
                unchanged++;
            } else {
                updates.add(member);
            }
        }
        errors.sort(Comparator.comparingInt(ImportReport.RowError::row));
        boolean save = apply && errors.isEmpty();
        if (save) {
            save(inserts, updates);
            log.info("{} imported the roster: {} rows, {} inserted, {} updated", user.userId(), rows.size(), inserts.size(), updates.size());
        }
        return new ImportReport(rows.size(), inserts.size(), updates.size(), unchanged, save, errors.size(),
                List.copyOf(errors.subList(0, Math.min(errors.size(), ImportReport.MAX_ERRORS))));
    }

    /** The valid rows' members by row number; an identity number seen in an earlier row is an error of the later one. */
    private static Map<Integer, RosterMember> check(List<RosterWorkbook.Row> rows, Organization scope, Directory directory,
            List<ImportReport.RowError> errors) {
        RosterRowChecks checks = new RosterRowChecks(directory::find, scope, LocalDate.now(WorkingDayCalendar.ZONE));
        Map<String, Integer> firstRow = new HashMap<>();
        Map<Integer, RosterMember> read = new LinkedHashMap<>();
        for (RosterWorkbook.Row row : rows) {
            Optional<RosterMember> member = checks.check(row, errors);
            String identity = row.cell(RosterColumn.IDENTITY_NUMBER);
            Integer earlier = identity == null ? null : firstRow.putIfAbsent(identity.strip().toUpperCase(Locale.ROOT), row.number());
            if (earlier != null) {
                errors.add(new ImportReport.RowError(row.number(), RosterColumn.IDENTITY_NUMBER.header(), identity.strip(),
                        "第 " + row.number() + " 行与第 " + earlier + " 行的身份号码重复。"));
            } else {
                member.ifPresent(m -> read.put(row.number(), m));
            }
        }
        return read;
    }

    private Directory directory() {
        List<Organization> all = organizations.subtree(organizations.find(OrganizationTreeGenerator.ROOT).orElseThrow().path());
        return new Directory(all.stream().collect(Collectors.toMap(Organization::code, o -> o)),
                all.stream().collect(Collectors.groupingBy(Organization::name)));
    }

    /** Every organization by code and by name. */
    private record Directory(Map<String, Organization> byCode, Map<String, List<Organization>> byName) {

        /** By code, or by exact name when that name is unique. */
        Optional<Organization> find(String text) {
            if (byCode.containsKey(text)) {
                return Optional.of(byCode.get(text));
            }
            List<Organization> named = byName.getOrDefault(text, List.of());
            if (named.size() > 1) {
                throw new TaskInputException("有 " + named.size() + " 个党组织名为“" + text + "”，请改填组织编码。");
            }
            return named.stream().findFirst();
        }
    }

    private void save(List<RosterMember> inserts, List<RosterMember> updates) {
        try {
            members.insert(inserts);
            members.update(updates);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("另一次导入刚刚写入了相同的公民身份号码，本次未保存任何数据，请重新预览后再导入。");
        }
    }
}
