package cn.excellence.commendation;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.shared.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** The public notices (公示): no login; only what a notice shows; objections from anyone while it runs. */
@RestController
@RequestMapping("/api/public/notices")
@Tag(name = "公示（公开）", description = "无需登录：公示名单和异议")
class PublicNoticeController {

    static final int DEEDS_SUMMARY = 200;

    private final CommendationRepository repository;
    private final ObjectionService objections;

    PublicNoticeController(CommendationRepository repository, ObjectionService objections) {
        this.repository = repository;
        this.objections = objections;
    }

    @GetMapping
    @Operation(summary = "公示列表")
    List<PublicNotice> notices() {
        return repository.campaignsWithNotice().stream().map(this::notice).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "一份公示")
    PublicNotice notice(@PathVariable long id) {
        return repository.findCampaign(id).filter(c -> c.noticePublishedAt() != null).map(this::notice)
                .orElseThrow(() -> ApiException.notFound("找不到该公示。"));
    }

    record ObjectionBody(Long nominationId, String reason, String contact) {
    }

    @PostMapping("/{id}/objections")
    @Operation(summary = "对公示对象提出异议（公示期内）")
    ResponseEntity<PublicNotice.ObjectionReceived> object(@PathVariable long id, @RequestBody ObjectionBody body, HttpServletRequest request) {
        long objection = objections.file(id, body.nominationId(), body.reason(), body.contact(), request.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/public/notices/" + id)).body(new PublicNotice.ObjectionReceived(objection,
                "已收到您的异议，旗委组织部将予以核实。"));
    }

    private PublicNotice notice(Campaign c) {
        return new PublicNotice(c.id(), c.title() + "拟表彰对象公示", c.noticePublishedAt(), c.noticeEndsAt(), Campaign.NOTICE.equals(c.status()),
                repository.nominations(c.id()).stream()
                        .filter(n -> n.status() == NominationStatus.ON_NOTICE || n.status() == NominationStatus.COMMENDED)
                        .map(n -> new PublicNotice.Entry(n.id(), n.nomineeName(), n.nomineeOrgName(),
                                CampaignService.categoryOf(c, n.categoryId()).name(),
                                n.deeds().length() <= DEEDS_SUMMARY ? n.deeds() : n.deeds().substring(0, DEEDS_SUMMARY) + "…"))
                        .toList());
    }
}
