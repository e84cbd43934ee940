package cn.excellence.orgchange;

import java.time.LocalDate;

import cn.excellence.organization.OrganizationKind;
import cn.excellence.organization.Sector;
import cn.excellence.shared.FormValues;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;

/** The plain checks of an application's and an election's values. */
final class FoundingRules {

    static final LocalDate EARLIEST = LocalDate.of(1921, 7, 1);
    static final int MAX_ELECTORS = 100_000;

    private FoundingRules() {
    }

    static OrganizationKind kind(Object value) {
        OrganizationKind kind = TextRules.choice(value, OrganizationKind.class, "组织类别");
        if (kind == OrganizationKind.BANNER_COMMITTEE) {
            throw new TaskInputException("“组织类别”应为党委、党总支或党支部。");
        }
        return kind;
    }

    static Sector sector(Object value) {
        Sector sector = TextRules.choice(value, Sector.class, "所属领域");
        if (sector == Sector.BANNER) {
            throw new TaskInputException("“所属领域”不能为旗委。");
        }
        return sector;
    }

    static int branches(Object value, OrganizationKind kind) {
        Integer branches = FormValues.integer(value, "下设党支部数");
        int count = branches == null ? 0 : branches;
        if (count < 0 || count > FoundingService.MAX_BRANCHES) {
            throw new TaskInputException("“下设党支部数”应在 0 至 " + FoundingService.MAX_BRANCHES + " 之间。");
        }
        if (count > 0 && kind == OrganizationKind.BRANCH) {
            throw new TaskInputException("党支部下不能设立党支部，请把“下设党支部数”填 0。");
        }
        return count;
    }

    static LocalDate day(Object value, String label) {
        LocalDate day = FormValues.day(value, label);
        if (day == null) {
            throw new TaskInputException("请填写“" + label + "”。");
        }
        if (day.isBefore(EARLIEST) || day.isAfter(LocalDate.of(2100, 12, 31))) {
            throw new TaskInputException("“" + label + "”应在 " + EARLIEST + " 至 2100-12-31 之间。");
        }
        return day;
    }

    static int count(Object value, String label) {
        Integer count = FormValues.integer(value, label);
        if (count == null) {
            throw new TaskInputException("请填写“" + label + "”。");
        }
        if (count < 0 || count > MAX_ELECTORS) {
            throw new TaskInputException("“" + label + "”应在 0 至 " + MAX_ELECTORS + " 之间。");
        }
        return count;
    }
}
