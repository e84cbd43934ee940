package cn.excellence.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;

/**
 * A course as a client sends it (the API's body, the start form's fields): topic, place, first and last day (2010-05-10),
 * hours (one decimal, more than 0, at most 200), category, organizer (blank: the user's own organization).
 */
public record CourseRequest(String topic, String place, String startDate, String endDate, BigDecimal hours, String category,
        String organizerCode) {

    static final BigDecimal MAX_HOURS = new BigDecimal("200");
    static final int FIRST_YEAR = 2000;

    /** The checked course. */
    record Checked(String topic, String place, LocalDate startDate, LocalDate endDate, BigDecimal hours, TrainingCategory category,
            String organizerCode) {
    }

    Checked check(String organizer, int currentYear) {
        String checkedTopic = TextRules.required(topic, "培训主题", 2, 200);
        String checkedPlace = TextRules.required(place, "培训地点", 2, 200);
        LocalDate start = day(startDate, "开始日期");
        LocalDate end = day(endDate, "结束日期");
        if (end.isBefore(start)) {
            throw new TaskInputException("“结束日期”不能早于“开始日期”。");
        }
        if (start.getYear() < FIRST_YEAR || start.getYear() > currentYear + 1) {
            throw new TaskInputException("“开始日期”应在 " + FIRST_YEAR + " 年至 " + (currentYear + 1) + " 年之间。");
        }
        if (end.isAfter(start.plusDays(365))) {
            throw new TaskInputException("一期培训最长一年，请核对“结束日期”。");
        }
        return new Checked(checkedTopic, checkedPlace, start, end, hours(hours, "学时"),
                TextRules.choice(category, TrainingCategory.class, "培训类别"), organizer);
    }

    /** Hours: given, more than 0, at most 200, at most one decimal. */
    static BigDecimal hours(BigDecimal value, String label) {
        if (value == null) {
            throw new TaskInputException("请填写“" + label + "”。");
        }
        if (value.signum() <= 0 || value.compareTo(MAX_HOURS) > 0) {
            throw new TaskInputException("“" + label + "”应大于 0 且不超过 " + MAX_HOURS + "。");
        }
        if (value.stripTrailingZeros().scale() > 1) {
            throw new TaskInputException("“" + label + "”最多一位小数，如 4.5。");
        }
        return value.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }

    private static LocalDate day(String value, String label) {
        if (value == null || value.isBlank()) {
            throw new TaskInputException("请填写“" + label + "”。");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TaskInputException("“" + label + "”应为日期，如 2010-05-10。");
        }
    }
}
