package cn.excellence.starrating;

import static cn.excellence.starrating.FiveStarProcess.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.FormValues;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.supervision.MonitoringService;
import cn.excellence.supervision.SpotCheckOutcome;

/**
 * 五星级支部 nominations: a township (or a committee, or org-dept) nominates one of its branches for a year → org-dept's
 * first review (accept, return with reasons, refuse) → a spot check by the supervision group → the star awarded or refused,
 * each outcome kept in the branch's history.
 */
@Service
public class FiveStarService {

    private final FiveStarRepository repository;
    private final OrganizationService organizations;
    private final MonitoringService monitoring;

    FiveStarService(FiveStarRepository repository, OrganizationService organizations, MonitoringService monitoring) {
        this.repository = repository;
        this.organizations = organizations;
        this.monitoring = monitoring;
    }

    /** Records the nomination of a process started through its start form; returns the variables the process goes on with. */
    @Transactional
    public Map<String, Object> nominate(Object branchCode, Object year, Object reasons, CurrentUser user, String processInstanceId) {
        Organization nominating = organizations.scopeOf(user).orElseThrow(() -> ApiException.forbidden("您的账号未关联任何组织，不能推荐。"));
        String code = FormValues.text(branchCode);
        if (code == null) {
            throw new TaskInputException("请填写推荐支部的组织代码。");
        }
        Organization branch = organizations.visible(user, code.strip());
        FiveStarRules.checkBranch(branch);
        int nominationYear = FiveStarRules.year(year);
        String text = TextRules.required(reasons, "推荐事迹", 10, 2000);
        if (repository.standing(branch.code()).map(FiveStarRepository.Standing::starred).orElse(false)) {
            throw ApiException.conflict("“" + branch.name() + "”已是五星级支部，不必再推荐。");
        }
        if (repository.nominated(branch.code(), nominationYear)) {
            throw ApiException.conflict("“" + branch.name() + "”已被推荐参加 " + nominationYear + " 年五星级支部评定，每年只能推荐一次。");
        }
        long id;
        try {
            id = repository.insertNomination(branch.code(), nominationYear, text, user.userId(), nominating.code(), now());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("“" + branch.name() + "”已被推荐参加 " + nominationYear + " 年五星级支部评定，每年只能推荐一次。");
        }
        repository.setProcessInstance(id, processInstanceId);
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_NOMINATION_ID, id);
        variables.put(VAR_BRANCH_CODE, branch.code());
        variables.put(VAR_BRANCH_NAME, branch.name());
        variables.put(VAR_YEAR, nominationYear);
        variables.put(VAR_REASONS, text);
        variables.put(VAR_NOMINATED_BY, user.userId());
        return variables;
    }

    static String businessKey(Map<String, Object> variables) {
        return BusinessKeys.of("五星级支部", variables.get(VAR_BRANCH_NAME), (Long) variables.get(VAR_NOMINATION_ID));
    }

    /** The form's choices of org-dept's first review. */
    enum Decision {
        ACCEPT,
        RETURN,
        REFUSE
    }

    /** Org-dept's first review: accepted for the spot check, returned with reasons, or refused (recorded in the history). */
    @Transactional
    public Decision review(long id, Object decision, Object comment, String by) {
        FiveStarNomination nomination = nomination(id);
        Decision chosen = TextRules.choice(decision, Decision.class, "初审意见");
        String reasons = chosen == Decision.ACCEPT ? TextRules.optional(comment, "初审说明", 1000) : TextRules.required(comment, "初审说明", 5, 1000);
        switch (chosen) {
            case ACCEPT -> repository.updateNomination(id, FiveStarNominationStatus.CHECKING, reasons, now());
            case RETURN -> repository.updateNomination(id, FiveStarNominationStatus.RETURNED, reasons, now());
            case REFUSE -> {
                repository.updateNomination(id, FiveStarNominationStatus.REFUSED, reasons, now());
                repository.addEvent(nomination.organizationCode(), nomination.year(), FiveStarEventKind.REFUSED, "组织部初审未通过：" + reasons, by, now());
            }
        }
        return chosen;
    }

    /** The nominator's revision after a return: new reasons, back to org-dept's review. */
    @Transactional
    public void revise(long id, Object reasons) {
        nomination(id);
        repository.revise(id, TextRules.required(reasons, "推荐事迹", 10, 2000), now());
    }

    /** Requests the verifying spot check (五星级支部核验) of the nominated branch; returns its id. */
    @Transactional
    public long requestVerification(long id) {
        FiveStarNomination nomination = nomination(id);
        long spotCheckId = monitoring.requestSpotCheck(nomination.organizationCode(), nomination.year() + "年五星级支部核验");
        repository.setSpotCheck(id, spotCheckId);
        return spotCheckId;
    }

    /** Reads the spot check's outcome: the star is awarded, or the nomination refused with the score as the reason. */
    @Transactional
    public boolean decide(long id) {
        FiveStarNomination nomination = nomination(id);
        SpotCheckOutcome outcome = monitoring.outcome(nomination.spotCheckId()).orElseThrow();
        boolean passed = FiveStarRules.passed(outcome);
        String reason = FiveStarRules.verdict(nomination.year(), "核验", outcome);
        if (passed) {
            repository.setStar(nomination.organizationCode(), true, nomination.year(), now());
            repository.updateNomination(id, FiveStarNominationStatus.AWARDED, nomination.reviewComment(), now());
        } else {
            repository.updateNomination(id, FiveStarNominationStatus.REFUSED, nomination.reviewComment(), now());
        }
        repository.addEvent(nomination.organizationCode(), nomination.year(), passed ? FiveStarEventKind.AWARDED : FiveStarEventKind.REFUSED,
                reason, "system", now());
        return passed;
    }

    FiveStarNomination nomination(long id) {
        return repository.nomination(id).orElseThrow(() -> new TaskInputException("五星级支部推荐 " + id + " 不存在。"));
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
