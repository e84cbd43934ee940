package cn.excellence.starrating;

import static cn.excellence.shared.jdbc.Rows.columns;
import static cn.excellence.starrating.StarRatingProcess.*;

import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.notice.NoticeObjections;
import cn.excellence.shared.notice.NoticeObjections.Objection;
import cn.excellence.shared.notice.NoticeObjections.Verdict;
import cn.excellence.shared.web.ApiException;

/** Objections (异议) to a branch's star notice from the public, and org-dept's verification: upheld withdraws the member's stars. */
@Service
public class StarObjectionService {

    private final StarRatingRepository repository;
    private final RuntimeService runtimeService;

    StarObjectionService(StarRatingRepository repository, RuntimeService runtimeService) {
        this.repository = repository;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public long file(long ratingId, Long memberId, String reason, String contact, String clientAddress) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        BranchRating rating = repository.findRating(ratingId).filter(r -> r.noticePublishedAt() != null)
                .orElseThrow(() -> ApiException.notFound("找不到该公示。"));
        NoticeObjections.checkOpen(now, rating.status() == RatingStatus.NOTICE, rating.noticeEndsAt(), memberId, "memberId");
        ScoreRow member = repository.sheet(ratingId).stream().filter(r -> r.participating() && r.memberId() == memberId).findFirst()
                .orElseThrow(() -> new TaskInputException("该对象不在本次公示名单中。"));
        Objection objection = NoticeObjections.check(now, reason, contact, since -> repository.objectionsFrom(clientAddress, since));
        long id = repository.insertObjection(ratingId, memberId, objection.reason(), objection.contact(), clientAddress, now);
        runtimeService.startProcessInstanceByKey(OBJECTION_PROCESS, BusinessKeys.of("星级公示异议", member.memberName(), id), Map.of(VAR_OBJECTION_ID, id,
                VAR_RATING_ID, ratingId, VAR_NOMINEE_NAME, member.memberName() + "（" + member.stars() + "星）", VAR_OBJECTION_REASON, objection.reason()));
        return id;
    }

    /** UPHELD withdraws the member's stars (recorded as 撤销 with the reason); DISMISSED keeps them. */
    @Transactional
    public void recordVerdict(long objectionId, String verdict, String note, String decidedBy) {
        Map<String, Object> objection = repository.objection(objectionId).orElseThrow();
        repository.updateObjection(objectionId, columns("status", verdict, "decision_note", note, "decided_by", decidedBy,
                "decided_at", ClockUtil.getCurrentTime().toInstant()));
        if (Verdict.valueOf(verdict) == Verdict.UPHELD) {
            repository.withdraw(((Number) objection.get("rating_id")).longValue(), ((Number) objection.get("member_id")).longValue(),
                    "异议属实，撤销星级：" + note);
        }
    }
}
