package cn.excellence.commendation;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api")
@Tag(name = "评先表彰", description = "评先表彰活动、推荐、荣誉榜和证书")
class CommendationController {

    private final CampaignService campaigns;
    private final NominationService nominations;
    private final HonourService honours;
    private final CommendationQueries queries;

    CommendationController(CampaignService campaigns, NominationService nominations, HonourService honours,
            CommendationQueries queries) {
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.honours = honours;
        this.queries = queries;
    }

    record CategoryBody(String code, String name, Integer quota, String nomineeFilter, BigDecimal awardYuan) {
    }

    record CampaignBody(@NotNull(message = "请填写年度") Integer year,
            @NotNull(message = "请填写标题") @Size(min = 2, max = 200, message = "标题应为 2 到 200 个字") String title,
            @Size(max = 20, message = "类别最多 20 个") List<CategoryBody> categories,
            @NotNull(message = "请填写推荐截止时间") OffsetDateTime nominationDeadline, Integer noticeWorkingDays) {
    }

    @PostMapping("/commendation-campaigns")
    @Operation(summary = "发起评先表彰活动（组织部）")
    ResponseEntity<CampaignView> open(@Valid @RequestBody CampaignBody body) {
        CurrentUser user = CurrentUser.get();
        campaigns.checkMayOpen(user);
        List<CampaignRequest.CategoryRequest> categories = body.categories() == null ? null : body.categories().stream()
                .map(c -> c == null ? null : new CampaignRequest.CategoryRequest(c.code(), c.name(), c.quota(), c.nomineeFilter(), c.awardYuan()))
                .toList();
        long id = campaigns.startCampaign(new CampaignRequest(body.year(), body.title(), categories,
                Date.from(body.nominationDeadline().toInstant()), body.noticeWorkingDays()));
        return ResponseEntity.created(URI.create("/api/commendation-campaigns/" + id)).body(queries.campaign(user, id));
    }

    @GetMapping("/commendation-campaigns")
    @Operation(summary = "评先表彰活动")
    List<CampaignSummary> list() {
        return queries.campaigns();
    }

    @GetMapping("/commendation-campaigns/{id}")
    @Operation(summary = "一次评先表彰活动：类别、名额和我可见的推荐")
    CampaignView one(@PathVariable long id) {
        return queries.campaign(CurrentUser.get(), id);
    }

    @PostMapping("/nominations")
    @Operation(summary = "推荐（本组织书记）：对象为组织或党员，附事迹")
    ResponseEntity<NominationView> nominate(@RequestBody NominationRequest body) {
        CurrentUser user = CurrentUser.get();
        long id = nominations.nominate(body, user);
        return ResponseEntity.created(URI.create("/api/nominations/" + id)).body(queries.nomination(user, id));
    }

    @GetMapping("/nominations/{id}")
    @Operation(summary = "一条推荐及其状态、不符合条件的理由")
    NominationView nomination(@PathVariable long id) {
        return queries.nomination(CurrentUser.get(), id);
    }

    @GetMapping("/honours")
    @Operation(summary = "荣誉榜")
    List<Honour> honours(@RequestParam(required = false) Integer year) {
        return honours.honours(year);
    }

    @GetMapping("/honours/{id}/certificate.pdf")
    @Operation(summary = "荣誉证书（PDF）")
    ResponseEntity<byte[]> certificate(@PathVariable long id) {
        return Downloads.pdf("荣誉证书-" + id + ".pdf", honours.certificate(id));
    }
}
