package cn.excellence.starrating;

import static cn.excellence.shared.jdbc.Rows.columns;
import static cn.excellence.starrating.StarRatingProcess.*;

import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.web.ApiException;
import cn.excellence.shared.web.PublicSubmissions;

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
        if (rating.status() != RatingStatus.NOTICE || !now.isBefore(rating.noticeEndsAt())) {
            throw new ApiException(HttpStatus.CONFLICT, "公示期已结束，不再受理异议。");
        }
        if (memberId == null) {
            throw new TaskInputException("请指明对哪一位公示对象提出异议（memberId）。");
        }
        ScoreRow member = repository.sheet(ratingId).stream().filter(r -> r.participating() && r.memberId() == memberId).findFirst()
                .orElseThrow(() -> new TaskInputException("该对象不在本次公示名单中。"));
        String text = TextRules.required(reason, "异议内容", 5, 1000);
        String contactText = TextRules.optional(contact, "联系方式", 100);
        PublicSubmissions.checkRate(now, since -> repository.objectionsFrom(clientAddress, since), "异议");
        long id = repository.insertObjection(ratingId, memberId, text, contactText, clientAddress, now);
        runtimeService.startProcessInstanceByKey(OBJECTION_PROCESS, BusinessKeys.of("星级公示异议", member.memberName(), id), Map.of(VAR_OBJECTION_ID, id,
                VAR_RATING_ID, ratingId, VAR_NOMINEE_NAME, member.memberName() + "（" + member.stars() + "星）", VAR_OBJECTION_REASON, text));
        return id;
    }

    enum Verdict { UPHELD, DISMISSED }

    public void checkVerdict(Object verdict, Object note) {
        TextRules.choice(verdict, Verdict.class, "核实结论");
        TextRules.required(note, "核实情况说明", 2, 1000);
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
