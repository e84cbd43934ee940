package cn.excellence.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.excellence.organization.MemberProfile;
import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.training.AttendanceImport.RowError;
import cn.excellence.training.AttendanceWorkbook.Column;
import cn.excellence.training.AttendanceWorkbook.Row;

/**
 * Checks an attendance sheet row by row, every problem of every row in Chinese: empty name or identity number, a malformed
 * one, a repeated one, a member unknown to the roster or outside the organizer, a name that is not the roster's, hours that
 * are not a number or above the course's. The members are looked up in one pass.
 */
final class AttendanceRows {

    private final Course course;
    private final Organization organizer;
    private final OrganizationService organizations;

    AttendanceRows(Course course, Organization organizer, OrganizationService organizations) {
        this.course = course;
        this.organizer = organizer;
        this.organizations = organizations;
    }

    List<Attendance> check(List<Row> rows, List<RowError> errors) {
        Map<Row, String> identities = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (Row row : rows) {
            String identity = row.cell(Column.IDENTITY_NUMBER);
            if (identity == null) {
                errors.add(error(row, Column.IDENTITY_NUMBER, null, "请填写公民身份号码。"));
                continue;
            }
            String number = identity.toUpperCase(Locale.ROOT);
            Optional<String> problem = OrganizationService.identityNumberProblem(number);
            if (problem.isPresent()) {
                errors.add(error(row, Column.IDENTITY_NUMBER, identity, problem.get()));
                continue;
            }
            Integer earlier = firstRow.putIfAbsent(number, row.number());
            if (earlier != null) {
                errors.add(error(row, Column.IDENTITY_NUMBER, identity, "第 " + row.number() + " 行与第 " + earlier + " 行的身份号码重复。"));
                continue;
            }
            identities.put(row, number);
        }
        Map<String, MemberProfile> members = organizations.membersByIdentityNumber(identities.values());
        Map<String, Organization> organizationsByCode = new HashMap<>();
        List<Attendance> read = new ArrayList<>();
        for (Row row : rows) {
            String identity = identities.get(row);
            Optional<BigDecimal> hours = hours(row, errors);
            Optional<String> name = name(row, errors);
            String kind = row.cell(Column.KIND);
            if (kind != null && !kind.equals(AttendanceWorkbook.MEMBER) && !kind.equals(AttendanceWorkbook.EXTERNAL)) {
                errors.add(error(row, Column.KIND, kind, "人员类别只能填“党员”或“非党员”（留空为党员）。"));
                continue;
            }
            if (identity == null || hours.isEmpty() || name.isEmpty()) {
                continue;
            }
            MemberProfile member = members.get(identity);
            if (member == null && AttendanceWorkbook.EXTERNAL.equals(kind)) {
                read.add(AttendanceService.external(course, organizer, name.get(), identity, hours.get()));
            } else if (member == null) {
                errors.add(error(row, Column.IDENTITY_NUMBER, identity,
                        "党员花名册中没有该身份号码；如为非党员，请在“人员类别”填“非党员”。"));
            } else if (!member.name().equals(name.get())) {
                errors.add(error(row, Column.NAME, name.get(), "姓名与党员花名册中该身份号码的党员（" + member.name() + "）不符。"));
            } else {
                Organization own = organizationsByCode.computeIfAbsent(member.organizationCode(), organizations::get);
                if (organizer.contains(own)) {
                    read.add(new Attendance(0, course.id(), member.id(), identity, member.name(), own.code(), TrainingAccess.topLevel(own),
                            hours.get()));
                } else {
                    errors.add(error(row, Column.IDENTITY_NUMBER, identity, "该党员属于“" + own.name() + "”，不在主办组织“" + organizer.name()
                            + "”及下级，不能登记参加本培训班。"));
                }
            }
        }
        return read;
    }

    private Optional<BigDecimal> hours(Row row, List<RowError> errors) {
        String text = row.cell(Column.HOURS);
        if (text == null) {
            return Optional.of(course.hours());
        }
        try {
            return Optional.of(AttendanceService.hours(course, new BigDecimal(text)));
        } catch (NumberFormatException e) {
            errors.add(error(row, Column.HOURS, text, "学时应为数字，如 4.5。"));
        } catch (TaskInputException e) {
            errors.add(error(row, Column.HOURS, text, e.getMessage()));
        }
        return Optional.empty();
    }

    private static Optional<String> name(Row row, List<RowError> errors) {
        try {
            return Optional.of(TextRules.required(row.cell(Column.NAME), "姓名", 1, 50));
        } catch (TaskInputException e) {
            errors.add(error(row, Column.NAME, row.cell(Column.NAME), e.getMessage()));
            return Optional.empty();
        }
    }

    private static RowError error(Row row, Column column, String value, String message) {
        return new RowError(row.number(), column.header, value == null ? "" : TextRules.abbreviate(value, 40), message);
    }
}
