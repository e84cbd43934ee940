package cn.excellence.starrating;

import static cn.excellence.shared.jdbc.Rows.columns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.stars.ServiceRecords;
import cn.excellence.shared.web.ApiException;

/** A branch's rating: its scoring sheet, the computed proposal, the committee's adjustments, the review, 公示 and the record. */
@Service
public class BranchRatingService {

    static final int MAX_VOTES = 1000;

    private final StarRatingRepository repository;
    private final StarCampaignService campaigns;
    private final OrganizationService organizations;
    private final StarDecision decision;
    private final ObjectProvider<ServiceRecords> serviceRecords;
    private final WorkingDayCalendar calendar;

    BranchRatingService(StarRatingRepository repository, StarCampaignService campaigns, OrganizationService organizations, StarDecision decision,
            ObjectProvider<ServiceRecords> serviceRecords, WorkingDayCalendar calendar) {
        this.repository = repository;
        this.campaigns = campaigns;
        this.organizations = organizations;
        this.decision = decision;
        this.serviceRecords = serviceRecords;
        this.calendar = calendar;
    }

    /** One member's entries as a client sends them; null fields are left as they were. */
    public record Entry(Long memberId, Boolean participating, List<Integer> scores, Integer votesGood, Integer votesFair, Integer votesAverage,
            Integer votesPoor) {
    }

    BranchRating rating(long id) {
        return repository.findRating(id).orElseThrow(() -> ApiException.notFound("找不到该支部评比。"));
    }

    /** The rating, if the user may see its branch (their organization and below, or the whole banner); else 404. */
    public BranchRating visible(CurrentUser user, long id) {
        BranchRating rating = repository.findRating(id).filter(r -> organizations.canSee(user, r.organizationCode()))
                .orElseThrow(() -> ApiException.notFound("找不到该支部评比，或您无权查看。"));
        return rating;
    }

    public List<ScoreRow> sheet(long ratingId) {
        return repository.sheet(ratingId);
    }

    /** Saves entries for members of the branch's sheet, all or nothing; refused with every row's problem in Chinese. */
    @Transactional
    public int save(CurrentUser user, long ratingId, List<Entry> entries, String rowLabel) {
        BranchRating rating = visible(user, ratingId);
        if (!rating.status().editable()) {
            throw ApiException.conflict("该支部的评分已提交（" + rating.status().label() + "），不能再修改。");
        }
        if (entries == null || entries.isEmpty()) {
            throw new TaskInputException("没有要保存的评分。");
        }
        StarCampaign campaign = campaigns.campaign(rating.campaignId());
        Map<Long, ScoreRow> sheet = new LinkedHashMap<>();
        repository.sheet(ratingId).forEach(r -> sheet.put(r.memberId(), r));
        List<String> problems = new ArrayList<>();
        List<ScoreRow> changed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = rowLabel.formatted(i + 1);
            try {
                changed.add(merge(campaign, sheet, entries.get(i)));
            } catch (TaskInputException e) {
                problems.add(where + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new TaskInputException("评分未保存，请改正后重试：" + String.join("；", problems.subList(0, Math.min(problems.size(), 20)))
                    + (problems.size() > 20 ? "；等共 " + problems.size() + " 处" : ""));
        }
        repository.saveEntries(ratingId, changed);
        repository.updateRating(ratingId, columns("updated_at", ClockUtil.getCurrentTime().toInstant()));
        return changed.size();
    }

    private static ScoreRow merge(StarCampaign campaign, Map<Long, ScoreRow> sheet, Entry entry) {
        if (entry == null || entry.memberId() == null) {
            throw new TaskInputException("缺少党员编号。");
        }
        ScoreRow row = sheet.get(entry.memberId());
        if (row == null) {
            throw new TaskInputException("党员编号 " + entry.memberId() + " 不是本支部参评名单中的党员。");
        }
        List<Criterion> items = campaign.enteredCriteria();
        List<Integer> scores = entry.scores() == null ? row.itemScores() : entry.scores();
        if (scores != null && scores.size() != items.size()) {
            throw new TaskInputException("应有 " + items.size() + " 项评分，收到 " + scores.size() + " 项。");
        }
        for (int i = 0; scores != null && i < items.size(); i++) {
            Integer score = scores.get(i);
            if (score != null && (score < 0 || score > items.get(i).maxPoints())) {
                throw new TaskInputException("“" + items.get(i).name() + "”应为 0 到 " + items.get(i).maxPoints() + " 分，收到 " + score + "。");
            }
        }
        Integer good = votes(entry.votesGood(), row.votesGood(), "好");
        Integer fair = votes(entry.votesFair(), row.votesFair(), "较好");
        Integer average = votes(entry.votesAverage(), row.votesAverage(), "一般");
        Integer poor = votes(entry.votesPoor(), row.votesPoor(), "差");
        int total = (good == null ? 0 : good) + (fair == null ? 0 : fair) + (average == null ? 0 : average) + (poor == null ? 0 : poor);
        if (total > MAX_VOTES) {
            throw new TaskInputException("民主评议票数合计不能超过 " + MAX_VOTES + "。");
        }
        boolean participating = entry.participating() == null ? row.participating() : entry.participating();
        return new ScoreRow(row.memberId(), row.memberName(), participating, scores, good, fair, average, poor, null, null, null, null, null);
    }

    private static Integer votes(Integer given, Integer before, String label) {
        Integer votes = given == null ? before : given;
        if (votes != null && (votes < 0 || votes > MAX_VOTES)) {
            throw new TaskInputException("民主评议“" + label + "”票数应为 0 到 " + MAX_VOTES + "，收到 " + votes + "。");
        }
        return votes;
    }

    /** 录入党员自评 is complete: the secretary checked it and every participating member has all scores and votes. */
    public void checkEntered(long ratingId, Object checked, Object note) {
        if (!"CHECKED".equals(checked)) {
            throw new TaskInputException("请确认“已核对全部参评党员的评分”。");
        }
        TextRules.optional(note, "说明", 500);
        StarCampaign campaign = campaigns.campaign(rating(ratingId).campaignId());
        List<ScoreRow> participants = repository.sheet(ratingId).stream().filter(ScoreRow::participating).toList();
        if (participants.isEmpty()) {
            throw new TaskInputException("本支部没有参评党员：请至少将一名党员设为参评。");
        }
        List<String> incomplete = participants.stream().filter(r -> !r.complete(campaign.enteredCriteria().size())).map(ScoreRow::memberName).toList();
        if (!incomplete.isEmpty()) {
            throw new TaskInputException("还有 " + incomplete.size() + " 名参评党员的评分不完整（如 " + String.join("、", incomplete.subList(0,
                    Math.min(5, incomplete.size()))) + "）：请为每一项打分并填写民主评议票数。");
        }
    }

    /** Points of each participating member (criteria + 功劳簿 + 民主评议) and stars by the DMN table; the proposal in words. */
    @Transactional
    public String compute(long ratingId) {
        BranchRating rating = rating(ratingId);
        StarCampaign campaign = campaigns.campaign(rating.campaignId());
        List<ScoreRow> participants = repository.sheet(ratingId).stream().filter(ScoreRow::participating).toList();
        ServiceRecords records = serviceRecords.getIfAvailable();
        Map<Long, ServiceRecords.ServiceRecord> book = records == null ? Map.of()
                : records.of(participants.stream().map(ScoreRow::memberId).toList(), campaign.year());
        IntUnaryOperator stars = decision.table();
        List<ScoreRow> results = participants.stream().map(r -> {
            ServiceRecords.ServiceRecord record = book.get(r.memberId());
            int points = StarPoints.of(r, campaign.serviceBookMax(), record == null ? 0 : record.residentPoints());
            int proposed = stars.applyAsInt(points);
            return new ScoreRow(r.memberId(), r.memberName(), true, r.itemScores(), r.votesGood(), r.votesFair(), r.votesAverage(), r.votesPoor(),
                    points, proposed, proposed, null, null);
        }).toList();
        repository.saveResults(ratingId, results);
        repository.updateRating(ratingId, columns("status", RatingStatus.PROPOSING, "updated_at", ClockUtil.getCurrentTime().toInstant()));
        return summary(results);
    }

    static String summary(List<ScoreRow> rows) {
        int[] counts = new int[11];
        rows.forEach(r -> counts[r.stars()]++);
        StringBuilder text = new StringBuilder("参评 " + rows.size() + " 人：");
        for (int s = 10; s >= 1; s--) {
            if (counts[s] > 0) {
                text.append(s).append("星 ").append(counts[s]).append(" 人，");
            }
        }
        long high = rows.stream().filter(r -> r.stars() >= 8).count();
        return text.append("八星级及以上 ").append(high).append(" 人。").toString();
    }

    /**
     * The branch committee's proposal: each line "党员编号,星级,理由" moves a member's stars by at most one from the computed
     * ones; a campaign quota caps the share at ≥ 8 stars. Returns the proposal in words.
     */
    @Transactional
    public String propose(long ratingId, Object adjustmentsText) {
        BranchRating rating = rating(ratingId);
        StarCampaign campaign = campaigns.campaign(rating.campaignId());
        Map<Long, ScoreRow> rows = new LinkedHashMap<>();
        repository.sheet(ratingId).stream().filter(ScoreRow::participating).forEach(r -> rows.put(r.memberId(), new ScoreRow(r.memberId(),
                r.memberName(), true, r.itemScores(), r.votesGood(), r.votesFair(), r.votesAverage(), r.votesPoor(), r.points(),
                r.proposedStars(), r.proposedStars(), null, null)));
        String text = TextRules.optional(adjustmentsText, "调整星级", 5000);
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            if (!line.isBlank()) {
                adjust(rows, line.strip());
            }
        }
        List<ScoreRow> results = List.copyOf(rows.values());
        long high = results.stream().filter(r -> r.stars() >= 8).count();
        if (campaign.quotaPercent() != null && high * 100 > (long) campaign.quotaPercent() * results.size()) {
            throw new TaskInputException("八星级及以上 " + high + " 人，超过本次评比 " + campaign.quotaPercent() + "% 的比例上限（参评 " + results.size()
                    + " 人），请调整。");
        }
        repository.saveResults(ratingId, results);
        repository.updateRating(ratingId, columns("status", RatingStatus.TOWNSHIP_REVIEW, "updated_at", ClockUtil.getCurrentTime().toInstant()));
        return summary(results);
    }

    private static void adjust(Map<Long, ScoreRow> rows, String line) {
        String[] parts = line.split("[,，]", 3);
        if (parts.length != 3 || !parts[0].strip().matches("\\d{1,12}") || !parts[1].strip().matches("\\d{1,2}")) {
            throw new TaskInputException("调整“" + TextRules.abbreviate(line) + "”应写成“党员编号,星级,理由”。");
        }
        ScoreRow row = rows.get(Long.parseLong(parts[0].strip()));
        if (row == null) {
            throw new TaskInputException("党员编号 " + parts[0].strip() + " 不是本支部的参评党员。");
        }
        int stars = Integer.parseInt(parts[1].strip());
        if (stars < 1 || stars > 10 || Math.abs(stars - row.proposedStars()) > 1) {
            throw new TaskInputException(row.memberName() + "：按得分为 " + row.proposedStars() + " 星，支部委员会最多上下调整 1 星（1 到 10 星）。");
        }
        String reason = TextRules.required(parts[2], row.memberName() + "的调整理由", 2, 200);
        rows.put(row.memberId(), new ScoreRow(row.memberId(), row.memberName(), true, row.itemScores(), row.votesGood(), row.votesFair(),
                row.votesAverage(), row.votesPoor(), row.points(), row.proposedStars(), stars, reason, null));
    }

    enum ReviewDecision { APPROVE, RETURN }

    /** The township's (or committee's) review: approve, or return with reasons (the entries are kept). */
    @Transactional
    public void review(long ratingId, Object decisionValue, Object note) {
        ReviewDecision verdict = TextRules.choice(decisionValue, ReviewDecision.class, "审核结论");
        String reason = verdict == ReviewDecision.RETURN ? TextRules.required(note, "退回理由", 2, 1000) : TextRules.optional(note, "审核意见", 1000);
        repository.updateRating(ratingId, columns("status", verdict == ReviewDecision.RETURN ? RatingStatus.RETURNED : RatingStatus.ORG_DEPT_CONFIRM,
                "return_reason", verdict == ReviewDecision.RETURN ? reason : null, "updated_at", ClockUtil.getCurrentTime().toInstant()));
    }

    /** Org-dept confirmed: the result goes on public notice for the campaign's working days; when it ends. */
    @Transactional
    public Date publishNotice(long ratingId) {
        BranchRating rating = rating(ratingId);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant ends = calendar.endOfWorkingDays(now, campaigns.campaign(rating.campaignId()).noticeWorkingDays());
        repository.updateRating(ratingId, columns("status", RatingStatus.NOTICE, "notice_published_at", now, "notice_ends_at", ends, "updated_at", now));
        return Date.from(ends);
    }

    public long openObjections(long ratingId) {
        return repository.openObjections(ratingId);
    }

    /** The notice is over and every objection verified: the stars are recorded on each member (withdrawn ones as 撤销). */
    @Transactional
    public void record(long ratingId) {
        BranchRating rating = rating(ratingId);
        StarCampaign campaign = campaigns.campaign(rating.campaignId());
        Instant now = ClockUtil.getCurrentTime().toInstant();
        repository.recordStars(campaign, rating, repository.sheet(ratingId).stream().filter(ScoreRow::participating).toList(), now);
        repository.updateRating(ratingId, columns("status", RatingStatus.RECORDED, "updated_at", now));
    }
}
