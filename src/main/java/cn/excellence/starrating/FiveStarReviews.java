package cn.excellence.starrating;

import static cn.excellence.starrating.FiveStarProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.supervision.MonitoringService;
import cn.excellence.supervision.SpotCheckOutcome;

/**
 * The star is dynamic: org-dept's annual review (年度复核) spot-checks every 五星级 branch again and a failed check revokes
 * the star with its score as the reason; org-dept may also revoke a star directly, with a reason. Every step is history.
 */
@Service
public class FiveStarReviews {

    private final FiveStarRepository repository;
    private final OrganizationService organizations;
    private final MonitoringService monitoring;

    FiveStarReviews(FiveStarRepository repository, OrganizationService organizations, MonitoringService monitoring) {
        this.repository = repository;
        this.organizations = organizations;
        this.monitoring = monitoring;
    }

    /** Opens the year's review: one spot check (五星级支部复核) per branch that holds the star; returns the process's variables. */
    @Transactional
    public Map<String, Object> open(Object year, CurrentUser user, String processInstanceId) {
        checkOrgDept(user, "发起五星级支部年度复核");
        int reviewYear = FiveStarRules.year(year);
        if (repository.reviewOpened(reviewYear)) {
            throw ApiException.conflict(reviewYear + " 年五星级支部复核已经发起，不能重复发起。");
        }
        long reviewId;
        try {
            reviewId = repository.insertReview(reviewYear, user.userId(), FiveStarService.now(), processInstanceId);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict(reviewYear + " 年五星级支部复核已经发起，不能重复发起。");
        }
        List<Long> spotChecks = new ArrayList<>();
        for (FiveStarRepository.Standing branch : repository.starred()) {
            long spotCheckId = monitoring.requestSpotCheck(branch.organizationCode(), reviewYear + "年五星级支部复核");
            repository.addReviewCheck(reviewId, branch.organizationCode(), spotCheckId);
            spotChecks.add(spotCheckId);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_REVIEW_ID, reviewId);
        variables.put(VAR_YEAR, reviewYear);
        variables.put(VAR_SPOT_CHECK_IDS, spotChecks);
        return variables;
    }

    static String businessKey(Map<String, Object> variables) {
        return BusinessKeys.of("五星级支部复核", variables.get(VAR_YEAR) + "年", (Long) variables.get(VAR_REVIEW_ID));
    }

    /** One branch's review check ended: the star is kept, or revoked with the score as the reason (if it still holds it). */
    @Transactional
    public FiveStarEventKind recordResult(long spotCheckId) {
        FiveStarRepository.ReviewCheck check = repository.reviewCheck(spotCheckId).orElseThrow();
        SpotCheckOutcome outcome = monitoring.outcome(spotCheckId).orElseThrow();
        boolean passed = FiveStarRules.passed(outcome);
        FiveStarEventKind result = passed ? FiveStarEventKind.KEPT : FiveStarEventKind.REVOKED;
        repository.setReviewResult(spotCheckId, result);
        boolean stillStarred = repository.standing(check.organizationCode()).map(FiveStarRepository.Standing::starred).orElse(false);
        if (stillStarred && (passed || repository.revokeStar(check.organizationCode(), FiveStarService.now()))) {
            repository.addEvent(check.organizationCode(), check.year(), result, FiveStarRules.verdict(check.year(), "复核", outcome), "system",
                    FiveStarService.now());
        }
        return result;
    }

    @Transactional
    public void close(long reviewId) {
        repository.closeReview(reviewId);
    }

    /** Org-dept takes a branch's star away at once, with the reason kept in its history. */
    @Transactional
    public FiveStarHistory revoke(String code, Object reason, CurrentUser user) {
        Organization branch = organizations.visible(user, code);
        checkOrgDept(user, "撤销五星级");
        String text = TextRules.required(reason, "撤销理由", 5, 1000);
        if (!repository.revokeStar(branch.code(), FiveStarService.now())) {
            throw ApiException.conflict("“" + branch.name() + "”目前不是五星级支部，无可撤销。");
        }
        int year = LocalDate.ofInstant(FiveStarService.now(), WorkingDayCalendar.ZONE).getYear();
        repository.addEvent(branch.code(), year, FiveStarEventKind.REVOKED, "组织部撤销：" + text, user.userId(), FiveStarService.now());
        return new FiveStarHistory(branch.code(), branch.name(), false, null, repository.events(branch.code()));
    }

    private static void checkOrgDept(CurrentUser user, String what) {
        if (!user.isMemberOf(Groups.ORG_DEPT)) {
            throw ApiException.forbidden("只有旗委组织部可以" + what + "。");
        }
    }
}
