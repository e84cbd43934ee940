package cn.excellence.starrating;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationKind;
import cn.excellence.shared.FormValues;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.supervision.SpotCheckOutcome;

/** The rules of 五星级 that a form cannot say: which organizations qualify, which years, when a spot check passes. */
final class FiveStarRules {

    /** The spot check's score (0–100) a 五星级 branch needs, with every finding rectified and verified. */
    static final int PASS_MARK = 80;

    private FiveStarRules() {
    }

    /** A 党支部 or 党总支 can be 五星级; a Party committee cannot. */
    static void checkBranch(Organization organization) {
        if (organization.kind() != OrganizationKind.BRANCH && organization.kind() != OrganizationKind.GENERAL_BRANCH) {
            throw new TaskInputException("“" + organization.name() + "”不是党支部（或党总支），不能评五星级支部。");
        }
    }

    /** The year of a nomination or review: from 2000 to next year. */
    static int year(Object value) {
        Integer year = FormValues.integer(value, "年度");
        int next = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE).getYear() + 1;
        if (year == null || year < 2000 || year > next) {
            throw new TaskInputException("请填写年度（2000 到 " + next + " 年）。");
        }
        return year;
    }

    static boolean passed(SpotCheckOutcome outcome) {
        return outcome.settled() && outcome.score() != null && outcome.score() >= PASS_MARK;
    }

    /** Why a check passed or failed, in words the history keeps, e.g. "2026年复核抽查得分 62 分，低于 80 分". */
    static String verdict(int year, String what, SpotCheckOutcome outcome) {
        String score = year + "年" + what + "抽查得分 " + outcome.score() + " 分";
        if (outcome.score() == null || outcome.score() < PASS_MARK) {
            return score + "，低于 " + PASS_MARK + " 分";
        }
        if (!outcome.settled()) {
            return score + "，但发现的问题尚未整改核验";
        }
        return score + "，达到 " + PASS_MARK + " 分" + (outcome.findings() > 0 ? "，发现的 " + outcome.findings() + " 个问题已整改核验" : "");
    }
}
