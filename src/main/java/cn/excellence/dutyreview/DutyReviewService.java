package cn.excellence.dutyreview;

import cn.excellence.shared.TextRules;
import static cn.excellence.dutyreview.DutyReviewProcess.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;

/** Opens and closes duty-review rounds (述职评议轮次). */
@Service
public class DutyReviewService {

    static final int MAX_REVIEWERS = 100;

    private final DutyReviewRepository repository;
    private final OrganizationService organizations;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;

    DutyReviewService(DutyReviewRepository repository, OrganizationService organizations,
            IdentityService identityService, RuntimeService runtimeService) {
        this.repository = repository;
        this.organizations = organizations;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
    }

    /** Starts a round as the current user; the process's first step validates and records it. */
    @Transactional
    public long startRound(RoundRequest request) {
        VariableMap variables = Variables.createVariables()
                .putValue(VAR_YEAR, request.year()).putValue(VAR_TITLE, request.title())
                .putValue(VAR_TOWNSHIPS, request.townships() == null ? null : String.join(",", request.townships()))
                .putValue(VAR_REVIEWERS, request.reviewers() == null ? null : String.join(",", request.reviewers()))
                .putValue(VAR_REPORT_DUE, request.reportDue()).putValue(VAR_RATING_DUE, request.ratingDue());
        return ((Number) runtimeService.createProcessInstanceByKey(ROUND_PROCESS).setVariables(variables)
                .executeWithVariablesInReturn().getVariables().get(VAR_ROUND_ID)).longValue();
    }

    /** Records a round and one report per township; returns the ids the process runs on. */
    @Transactional
    public RoundOpened openRound(RoundRequest request, String initiator, String processInstanceId) {
        Date now = ClockUtil.getCurrentTime();
        int year = checkYear(request.year());
        String title = TextRules.required(request.title(), "标题", 2, 200);
        checkDates(request, now);
        Map<String, String> secretaries = secretaries(request.townships());
        List<String> reviewers = reviewers(request.reviewers());
        long roundId = repository.insertRound(year, title, request.reportDue(), request.ratingDue(),
                initiator == null ? "system" : initiator, now);
        repository.setRoundProcess(roundId, processInstanceId);
        reviewers.forEach(r -> repository.insertReviewer(roundId, r));
        List<Long> reportIds = new ArrayList<>();
        secretaries.forEach((township, secretary) -> reportIds.add(repository.insertReport(roundId, township, secretary)));
        return new RoundOpened(roundId, reportIds);
    }

    public record RoundOpened(long roundId, List<Long> reportIds) {
    }

    @Transactional
    public void closeRound(long roundId) {
        repository.closeRound(roundId);
    }

    private static int checkYear(Integer year) {
        if (year == null) {
            throw new TaskInputException("请填写评议年度（year）。");
        }
        if (year < 2000 || year > 2100) {
            throw new TaskInputException("评议年度应在 2000 到 2100 之间。");
        }
        return year;
    }

    private static void checkDates(RoundRequest request, Date now) {
        if (request.reportDue() == null || request.ratingDue() == null) {
            throw new TaskInputException("请填写述职报告截止时间（reportDueDate）和评议截止时间（ratingDueDate）。");
        }
        if (!request.reportDue().after(now)) {
            throw new TaskInputException("述职报告截止时间应晚于当前时间。");
        }
        if (!request.ratingDue().after(request.reportDue())) {
            throw new TaskInputException("评议截止时间应晚于述职报告截止时间。");
        }
    }

    /** Township code to its secretary's user id, in the order given (default: all townships). */
    private Map<String, String> secretaries(List<String> townshipCodes) {
        List<Organization> all = organizations.townships();
        List<String> codes = townshipCodes == null || townshipCodes.isEmpty()
                ? all.stream().map(Organization::code).toList() : townshipCodes;
        if (new LinkedHashSet<>(codes).size() != codes.size()) {
            throw new TaskInputException("苏木镇列表中有重复项。");
        }
        Map<String, String> secretaries = new java.util.LinkedHashMap<>();
        for (String code : codes) {
            if (all.stream().noneMatch(t -> t.code().equals(code))) {
                throw new TaskInputException("“" + TextRules.abbreviate(String.valueOf(code)) + "”不是苏木镇代码。");
            }
            secretaries.put(code, secretaryOf(code));
        }
        return secretaries;
    }

    private String secretaryOf(String townshipCode) {
        return organizations.holderOf(townshipCode, Groups.TOWNSHIP_SECRETARY)
                .orElseThrow(() -> new TaskInputException("苏木镇“" + organizations.get(townshipCode).name() + "”尚未配置党委书记账号。"));
    }

    private List<String> reviewers(List<String> requested) {
        List<String> reviewers = requested == null || requested.isEmpty()
                ? identityService.createUserQuery().memberOfGroup(Groups.PLENARY).orderByUserId().asc().list().stream()
                        .map(User::getId).toList()
                : requested;
        if (reviewers.isEmpty()) {
            throw new TaskInputException("没有评议人：请指定评议人，或在全委会（plenary）组中添加委员。");
        }
        if (reviewers.size() > MAX_REVIEWERS || new LinkedHashSet<>(reviewers).size() != reviewers.size()) {
            throw new TaskInputException("评议人最多 " + MAX_REVIEWERS + " 位，且不能重复。");
        }
        Set<String> known = reviewers.stream().anyMatch(Objects::isNull) ? Set.of() : identityService.createUserQuery()
                .userIdIn(reviewers.toArray(String[]::new)).list().stream().map(User::getId).collect(Collectors.toSet());
        for (String reviewer : reviewers) {
            if (!known.contains(reviewer)) {
                throw new TaskInputException("评议人“" + TextRules.abbreviate(String.valueOf(reviewer)) + "”不存在。");
            }
        }
        return reviewers;
    }
}
