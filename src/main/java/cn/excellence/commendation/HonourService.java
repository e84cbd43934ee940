package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.jdbc.Rows.columns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.web.ApiException;
import cn.excellence.shared.calendar.WorkingDayCalendar;

/** The commendation itself: the honour roll (荣誉榜), certificates (荣誉证书) and the awards to pay. */
@Service
public class HonourService {


    private final CommendationRepository repository;
    private final CampaignService campaigns;
    private final CertificateRenderer renderer;
    private final RuntimeService runtimeService;
    private final ApplicationEventPublisher events;

    HonourService(CommendationRepository repository, CampaignService campaigns, CertificateRenderer renderer,
            RuntimeService runtimeService, ApplicationEventPublisher events) {
        this.repository = repository;
        this.campaigns = campaigns;
        this.renderer = renderer;
        this.runtimeService = runtimeService;
        this.events = events;
    }

    /**
     * Everyone still on the notice is commended; each honour with an award is announced ({@link HonourAwarded}) for the
     * fund to record what it owes; the waiting nominations learn the outcome.
     */
    @Transactional
    public void issue(long campaignId) {
        Campaign campaign = campaigns.campaign(campaignId);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        LocalDate today = LocalDate.ofInstant(now, WorkingDayCalendar.ZONE);
        int sequence = 0;
        for (Nomination n : repository.nominations(campaignId)) {
            if (n.status() != NominationStatus.ON_NOTICE) {
                continue;
            }
            Campaign.Category category = CampaignService.categoryOf(campaign, n.categoryId());
            String number = String.format("%d-%d-%03d", campaign.year(), campaign.id(), ++sequence);
            long honourId = repository.insertHonour(campaignId, n, category, campaign.year(), number, today);
            if (category.awardFen() != null) {
                events.publishEvent(new HonourAwarded(honourId, campaignId, category.awardFen()));
            }
            repository.updateNomination(n.id(), columns("status", NominationStatus.COMMENDED));
        }
        repository.updateCampaign(campaignId, columns("status", Campaign.CLOSED));
        runtimeService.createMessageCorrelation(MESSAGE_CAMPAIGN_DECIDED).processInstanceVariableEquals(VAR_CAMPAIGN_ID, campaignId)
                .correlateAllWithResult();
    }

    public List<Honour> honours(Integer year) {
        return repository.honours(year);
    }

    public byte[] certificate(long honourId) {
        Honour h = repository.honour(honourId).orElseThrow(() -> ApiException.notFound("荣誉记录 " + honourId + " 不存在。"));
        return renderer.render(new Certificate(h.certificateNumber(), h.recipientName(), h.organizationName(), h.categoryName(),
                campaigns.campaign(h.campaignId()).title(), h.year(), h.issuedOn()));
    }
}
