package cn.excellence.starrating;

import java.net.URI;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.shared.web.ApiException;
import cn.excellence.starrating.StarRatingViews.ObjectionReceived;
import cn.excellence.starrating.StarRatingViews.PublicEntry;
import cn.excellence.starrating.StarRatingViews.PublicStarNotice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** The public star notices (星级评比公示): no login; names and stars only; objections from anyone while a notice runs. */
@RestController
@RequestMapping("/api/public/star-notices")
@Tag(name = "星级评比公示（公开）", description = "无需登录：支部党员星级公示和异议")
class PublicStarNoticeController {

    private final StarRatingRepository repository;
    private final StarObjectionService objections;

    PublicStarNoticeController(StarRatingRepository repository, StarObjectionService objections) {
        this.repository = repository;
        this.objections = objections;
    }

    @GetMapping
    @Operation(summary = "星级公示列表（不含名单）")
    List<PublicStarNotice> notices() {
        return repository.ratingsWithNotice().stream().map(r -> notice(r, false)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "一份星级公示及名单")
    PublicStarNotice notice(@PathVariable long id) {
        return repository.findRating(id).filter(r -> r.noticePublishedAt() != null).map(r -> notice(r, true))
                .orElseThrow(() -> ApiException.notFound("找不到该公示。"));
    }

    record ObjectionBody(Long memberId, String reason, String contact) {
    }

    @PostMapping("/{id}/objections")
    @Operation(summary = "对公示的党员星级提出异议（公示期内）")
    ResponseEntity<ObjectionReceived> object(@PathVariable long id, @RequestBody ObjectionBody body, HttpServletRequest request) {
        long objection = objections.file(id, body.memberId(), body.reason(), body.contact(), request.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/public/star-notices/" + id))
                .body(new ObjectionReceived(objection, "已收到您的异议，旗委组织部将予以核实。"));
    }

    private PublicStarNotice notice(BranchRating r, boolean withEntries) {
        StarCampaign campaign = repository.findCampaign(r.campaignId()).orElseThrow();
        boolean open = r.status() == RatingStatus.NOTICE && ClockUtil.getCurrentTime().toInstant().isBefore(r.noticeEndsAt());
        List<PublicEntry> entries = !withEntries ? List.of() : repository.sheet(r.id()).stream()
                .filter(s -> s.participating() && s.stars() != null && s.withdrawnReason() == null)
                .map(s -> new PublicEntry(s.memberId(), s.memberName(), s.stars())).toList();
        return new PublicStarNotice(r.id(), campaign.title() + "·" + r.organizationName() + "党员星级公示", r.noticePublishedAt(), r.noticeEndsAt(),
                open, entries);
    }
}
