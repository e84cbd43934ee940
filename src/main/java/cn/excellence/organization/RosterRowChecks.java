package cn.excellence.organization;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;

/**
 * The rules one roster row must keep, each broken rule a row error in Chinese: required cells, lengths, allowed words,
 * a valid identity number agreeing with the birth date, plausible dates, a known organization within the importer's scope.
 */
final class RosterRowChecks {

    static final String OUT_OF_SCOPE = "不在您管理的范围";
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate FOUNDING = LocalDate.of(1949, 10, 1);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final Function<String, Optional<Organization>> organizations;
    private final Organization scope;
    private final LocalDate today;

    /** {@code organizations} finds an organization by code or exact name; an ambiguous name is refused by it. */
    RosterRowChecks(Function<String, Optional<Organization>> organizations, Organization scope, LocalDate today) {
        this.organizations = organizations;
        this.scope = scope;
        this.today = today;
    }

    /** The row's member, or empty with its errors added to {@code errors}. */
    Optional<RosterMember> check(RosterWorkbook.Row row, List<ImportReport.RowError> errors) {
        Cells cells = new Cells(row, errors);
        String name = cells.text(RosterColumn.NAME, 50);
        String gender = cells.choice(RosterColumn.GENDER, RosterColumn.Codes.GENDERS);
        String identity = cells.identity();
        LocalDate birth = cells.birthDate(identity);
        LocalDate joined = cells.joinedOn(birth);
        String organization = cells.organization();
        String position = cells.choice(RosterColumn.POSITION, RosterColumn.Codes.POSITIONS);
        String occupation = cells.choice(RosterColumn.OCCUPATION, RosterColumn.Codes.OCCUPATIONS);
        String phone = cells.phone();
        Boolean veteran = cells.choice(RosterColumn.PRE1949_VETERAN, RosterColumn.Codes.FLAGS);
        Boolean hardship = cells.choice(RosterColumn.HARDSHIP, RosterColumn.Codes.FLAGS);
        if (Boolean.TRUE.equals(veteran) && joined != null && !joined.isBefore(FOUNDING)) {
            cells.refuse(RosterColumn.PRE1949_VETERAN, "标为建国前老党员，但入党日期不早于 1949-10-01。");
        }
        if (cells.refused) {
            return Optional.empty();
        }
        return Optional.of(new RosterMember(identity, name, gender, birth, joined, organization, position, occupation, phone,
                Boolean.TRUE.equals(veteran), Boolean.TRUE.equals(hardship)));
    }

    static Optional<LocalDate> date(String text) {
        String value = text.strip();
        Matcher matcher = DATE.matcher(value);
        try {
            if (matcher.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3))));
            }
            return value.matches("\\d{8}") ? Optional.of(LocalDate.parse(value, COMPACT)) : Optional.empty();
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** One row's cells and the errors found in them. */
    private final class Cells {

        private final RosterWorkbook.Row row;
        private final List<ImportReport.RowError> errors;
        private boolean refused;

        Cells(RosterWorkbook.Row row, List<ImportReport.RowError> errors) {
            this.row = row;
            this.errors = errors;
        }

        void refuse(RosterColumn column, String message) {
            refused = true;
            String value = row.cell(column);
            errors.add(new ImportReport.RowError(row.number(), column.header(), value == null ? "" : TextRules.abbreviate(value, 60),
                    message));
        }

        /** The cell's text, trimmed, or null when blank (refused when the column is required); control characters and length checked. */
        String text(RosterColumn column, int max) {
            try {
                return column.required() ? TextRules.required(row.cell(column), column.header(), 1, max)
                        : TextRules.optional(row.cell(column), column.header(), max);
            } catch (TaskInputException e) {
                refuse(column, e.getMessage());
                return null;
            }
        }

        <T> T choice(RosterColumn column, Map<String, T> allowed) {
            String text = text(column, 20);
            T value = text == null ? null : allowed.get(text);
            if (text != null && value == null) {
                refuse(column, "“" + column.header() + "”只能填：" + String.join("、", allowed.keySet()) + "。");
            }
            return value;
        }

        String identity() {
            String text = text(RosterColumn.IDENTITY_NUMBER, 30);
            if (text == null) {
                return null;
            }
            String number = text.toUpperCase(java.util.Locale.ROOT);
            Optional<String> problem = number.equals(RosterTemplate.EXAMPLE_IDENTITY)
                    ? Optional.of("这是导入模板中的示例行，请删除或换成党员的信息后再导入。") : IdentityNumbers.problem(number);
            problem.ifPresent(p -> refuse(RosterColumn.IDENTITY_NUMBER, p));
            return problem.isPresent() ? null : number;
        }

        LocalDate birthDate(String identity) {
            LocalDate birth = date(RosterColumn.BIRTH_DATE);
            if (birth == null && identity != null) {
                birth = IdentityNumbers.birthDate(identity).orElseThrow();
            } else if (birth != null && identity != null && !birth.equals(IdentityNumbers.birthDate(identity).orElseThrow())) {
                refuse(RosterColumn.IDENTITY_NUMBER, "公民身份号码中的出生日期（" + IdentityNumbers.birthDate(identity).orElseThrow()
                        + "）与“出生日期”（" + birth + "）不符。");
            }
            if (birth != null && (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today.minusYears(18)))) {
                refuse(RosterColumn.BIRTH_DATE, "出生日期 " + birth + " 不合理：党员应年满 18 周岁。");
            }
            return birth;
        }

        LocalDate joinedOn(LocalDate birth) {
            LocalDate joined = date(RosterColumn.JOINED_ON);
            if (joined == null) {
                return null;
            }
            if (joined.isAfter(today)) {
                refuse(RosterColumn.JOINED_ON, "入党日期 " + joined + " 晚于今天。");
            } else if (birth != null && joined.isBefore(birth)) {
                refuse(RosterColumn.JOINED_ON, "入党日期 " + joined + " 早于出生日期 " + birth + "。");
            } else if (birth != null && joined.isBefore(birth.plusYears(18))) {
                refuse(RosterColumn.JOINED_ON, "入党日期 " + joined + " 时未满 18 周岁（出生日期 " + birth + "）。");
            }
            return joined;
        }

        /** A date cell: blank is null (refused when required), anything but a date is refused. */
        private LocalDate date(RosterColumn column) {
            String text = text(column, 30);
            if (text == null) {
                return null;
            }
            Optional<LocalDate> date = RosterRowChecks.date(text);
            if (date.isEmpty()) {
                refuse(column, "“" + column.header() + "”不是有效日期，请按 1980-05-01 的格式填写。");
            }
            return date.orElse(null);
        }

        String organization() {
            String text = text(RosterColumn.ORGANIZATION, 100);
            if (text == null) {
                return null;
            }
            Optional<Organization> found;
            try {
                found = organizations.apply(text);
            } catch (TaskInputException e) {
                refuse(RosterColumn.ORGANIZATION, e.getMessage());
                return null;
            }
            if (found.isEmpty()) {
                refuse(RosterColumn.ORGANIZATION, "找不到党组织“" + TextRules.abbreviate(text) + "”，请填写组织编码或完整名称。");
                return null;
            }
            if (!scope.contains(found.get())) {
                refuse(RosterColumn.ORGANIZATION, "党组织“" + found.get().name() + "”" + OUT_OF_SCOPE + "。");
                return null;
            }
            return found.get().code();
        }

        String phone() {
            String text = text(RosterColumn.PHONE, 20);
            if (text != null && !PHONE.matcher(text).matches()) {
                refuse(RosterColumn.PHONE, "联系电话格式不正确：请填 11 位手机号或带区号的座机号（如 0478-1234567）。");
            }
            return text;
        }
    }
}
