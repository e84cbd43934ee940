package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.jdbc.Rows.columns;

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
        if (!Campaign.NOTICE.equals(campaign.status()) || !now.isBefore(campaign.noticeEndsAt())) {
            throw new ApiException(HttpStatus.CONFLICT, "公示期已结束，不再受理异议。");
        }
        if (nominationId == null) {
            throw new TaskInputException("请指明对哪一位公示对象提出异议（nominationId）。");
        }
        Nomination nomination = repository.findNomination(nominationId)
                .filter(n -> n.campaignId() == campaignId && n.status() == NominationStatus.ON_NOTICE)
                .orElseThrow(() -> new TaskInputException("该对象不在本次公示名单中。"));
        String text = TextRules.required(reason, "异议内容", 5, 1000);
        String contactText = TextRules.optional(contact, "联系方式", 100);
        PublicSubmissions.checkRate(now, since -> repository.objectionsFrom(clientAddress, since), "异议");
        long id = repository.insertObjection(campaignId, nomination.id(), text, contactText, clientAddress, now);
        runtimeService.startProcessInstanceByKey(OBJECTION_PROCESS, BusinessKeys.of("公示异议", nomination.nomineeName(), id), Map.of(VAR_OBJECTION_ID, id,
                VAR_CAMPAIGN_ID, campaignId, VAR_NOMINEE_NAME, nomination.nomineeName(), VAR_OBJECTION_REASON, text));
        return id;
    }

    /** Org-dept's verdict: UPHELD withdraws the nominee (the slot stays empty), DISMISSED keeps them. */
    public void checkVerdict(Object verdict, Object note) {
        TextRules.choice(verdict, Verdict.class, "核实结论");
        TextRules.required(note, "核实情况说明", 2, 1000);
    }

    enum Verdict { UPHELD, DISMISSED }

    @Transactional
    public void recordVerdict(long objectionId, String verdict, String note, String decidedBy) {
        Map<String, Object> objection = repository.objection(objectionId).orElseThrow();
        repository.updateObjection(objectionId, columns("status", verdict, "decision_note", note, "decided_by", decidedBy,
                "decided_at", ClockUtil.getCurrentTime().toInstant()));
        if (Verdict.valueOf(verdict) == Verdict.UPHELD) {
            repository.updateNomination(((Number) objection.get("nomination_id")).longValue(), columns("status", NominationStatus.WITHDRAWN));
        }
    }
}
