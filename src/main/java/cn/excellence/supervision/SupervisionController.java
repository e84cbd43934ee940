package cn.excellence.supervision;

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
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.Groups;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.shared.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "督查", description = "月度督查、随机抽查、整改和通报")
class SupervisionController {

    private final SupervisionService cycles;
    private final MonitoringService monitoring;
    private final BulletinPdf pdf;
    private final OrganizationService organizations;

    SupervisionController(SupervisionService cycles, MonitoringService monitoring, BulletinPdf pdf, OrganizationService organizations) {
        this.cycles = cycles;
        this.monitoring = monitoring;
        this.pdf = pdf;
        this.organizations = organizations;
    }

    record CycleBody(String period, List<String> units, OffsetDateTime reportDueDate, Integer sampleSize, String strata,
            List<String> checklist, Long seed) {
    }

    @PostMapping("/supervision-cycles")
    @Operation(summary = "发起月度督查（组织部）")
    ResponseEntity<Bulletin> open(@RequestBody CycleBody body) {
        if (!CurrentUser.get().isMemberOf(Groups.ORG_DEPT)) {
            throw ApiException.forbidden("只有旗委组织部可以发起督查。");
        }
        long id = cycles.start(new CycleRequest(body.period(), body.units(),
                body.reportDueDate() == null ? null : Date.from(body.reportDueDate().toInstant()), body.sampleSize(), body.strata(),
                body.checklist(), body.seed()));
        return ResponseEntity.created(URI.create("/api/supervision-cycles/" + id)).body(monitoring.bulletin(id).orElseThrow());
    }

    private static void checkAllSeeing() {
        CurrentUser user = CurrentUser.get();
        if (!user.isMemberOf(Groups.ORG_DEPT) && !user.isMemberOf(Groups.SUPERVISION)) {
            throw ApiException.forbidden("只有督查组和旗委组织部可以查看督查通报。");
        }
    }

    private Bulletin bulletinOf(long id) {
        checkAllSeeing();
        return monitoring.bulletin(id).orElseThrow(() -> ApiException.notFound("督查 " + id + " 不存在。"));
    }

    @GetMapping("/supervision-cycles/{id}/bulletin")
    @Operation(summary = "督查通报：准时和逾期汇报、抽查得分、未整改问题")
    Bulletin bulletin(@PathVariable long id) {
        return bulletinOf(id);
    }

    @GetMapping("/supervision-cycles/{id}/bulletin.pdf")
    @Operation(summary = "督查通报（PDF）")
    ResponseEntity<byte[]> bulletinPdf(@PathVariable long id) {
        return Downloads.pdf("督查通报-" + id + ".pdf", pdf.render(bulletinOf(id)));
    }

    @GetMapping("/spot-checks/{id}")
    @Operation(summary = "一次抽查及其问题（本组织及上级、督查组、组织部可见）")
    SpotCheckView spotCheck(@PathVariable long id) {
        CurrentUser user = CurrentUser.get();
        SpotCheck check = monitoring.findSpotCheck(id)
                .filter(c -> user.isMemberOf(Groups.ORG_DEPT) || user.isMemberOf(Groups.SUPERVISION)
                        || !user.isBannerWide() && organizations.canSee(user, c.organizationCode()))
                .orElseThrow(() -> ApiException.notFound("抽查 " + id + " 不存在，或您无权查看。"));
        return new SpotCheckView(id, check.organizationCode(), check.status().name(), check.score() == null ? "" : check.score(),
                monitoring.findings(id));
    }
}
