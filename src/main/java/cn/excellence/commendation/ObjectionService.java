package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.jdbc.Rows.columns;

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

/** Objections (异议) from the public during a notice, and org-dept's verification of each. */
@Service
public class ObjectionService {

    private final CommendationRepository repository;
    private final RuntimeService runtimeService;

    ObjectionService(CommendationRepository repository, RuntimeService runtimeService) {
        this.repository = repository;
        this.runtimeService = runtimeService;
    }

    /** Files an objection against a nominee on a running notice; each opens a verification task for org-dept. */
    @Transactional
    public long file(long campaignId, Long nominationId, String reason, String contact, String clientAddress) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Campaign campaign = repository.findCampaign(campaignId).filter(c -> c.noticePublishedAt() != null)
                .orElseThrow(() -> ApiException.notFound("找不到该公示。"));
        NoticeObjections.checkOpen(now, Campaign.NOTICE.equals(campaign.status()), campaign.noticeEndsAt(), nominationId, "nominationId");
        Nomination nomination = repository.findNomination(nominationId)
                .filter(n -> n.campaignId() == campaignId && n.status() == NominationStatus.ON_NOTICE)
                .orElseThrow(() -> new TaskInputException("该对象不在本次公示名单中。"));
        Objection objection = NoticeObjections.check(now, reason, contact, since -> repository.objectionsFrom(clientAddress, since));
        long id = repository.insertObjection(campaignId, nomination.id(), objection.reason(), objection.contact(), clientAddress, now);
        runtimeService.startProcessInstanceByKey(OBJECTION_PROCESS, BusinessKeys.of("公示异议", nomination.nomineeName(), id), Map.of(VAR_OBJECTION_ID, id,
                VAR_CAMPAIGN_ID, campaignId, VAR_NOMINEE_NAME, nomination.nomineeName(), VAR_OBJECTION_REASON, objection.reason()));
        return id;
    }

    /** Org-dept's verdict: UPHELD withdraws the nominee (the slot stays empty), DISMISSED keeps them. */
    @Transactional
    public void recordVerdict(long objectionId, String verdict, String note, String decidedBy) {
        long nominationId = ((Number) repository.objection(objectionId).orElseThrow().get("nomination_id")).longValue();
        repository.updateObjection(objectionId, columns("status", verdict, "decision_note", note, "decided_by", decidedBy,
                "decided_at", ClockUtil.getCurrentTime().toInstant()));
        if (Verdict.valueOf(verdict) == Verdict.UPHELD) {
            repository.updateNomination(nominationId, columns("status", NominationStatus.WITHDRAWN));
        }
    }
}
