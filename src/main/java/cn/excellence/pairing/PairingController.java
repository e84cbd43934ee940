package cn.excellence.pairing;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.excellence.pairing.PairingViews.CommitmentView;
import cn.excellence.pairing.PairingViews.HelpersReport;
import cn.excellence.pairing.PairingViews.PairDetail;
import cn.excellence.pairing.PairingViews.PairView;
import cn.excellence.pairing.PairingViews.PairsReport;
import cn.excellence.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 城乡结对帮扶: pairs, yearly commitments, fulfilment with evidence, commitments against fulfilment. */
@RestController
@RequestMapping("/api/pairing")
@Tag(name = "城乡结对帮扶", description = "机关、企业、事业单位党组织与嘎查村结对：承诺、履行、村确认收到、统计")
class PairingController {

    private final PairingService pairing;
    private final FulfilmentService fulfilments;
    private final PairingReport report;
    private final PairDetails details;

    PairingController(PairingService pairing, FulfilmentService fulfilments, PairingReport report, PairDetails details) {
        this.pairing = pairing;
        this.fulfilments = fulfilments;
        this.report = report;
        this.details = details;
    }

    record PairBody(String helperCode, String villageCode, Integer fromYear) {
    }

    @PostMapping("/pairs")
    @Operation(summary = "确定结对：帮扶单位党组织与嘎查村（旗委组织部）")
    ResponseEntity<PairView> pair(@RequestBody PairBody body) {
        PairView created = pairing.pair(CurrentUser.get(), body.helperCode(), body.villageCode(), body.fromYear());
        return ResponseEntity.created(URI.create("/api/pairing/pairs/" + created.id())).body(created);
    }

    @GetMapping("/pairs")
    @Operation(summary = "我能看到的结对：某年度每对的承诺与已确认履行（资金、项目、信息）和完成率")
    PairsReport pairs(@RequestParam(required = false) Integer year) {
        return report.pairs(CurrentUser.get(), year);
    }

    @GetMapping("/pairs/{id}")
    @Operation(summary = "一个结对某年度的承诺、履行记录和佐证材料")
    PairDetail pair(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return details.of(CurrentUser.get(), id, year);
    }

    record CommitmentBody(Object funds, List<String> projects, List<String> information) {
    }

    @PutMapping("/pairs/{id}/commitments/{year}")
    @Operation(summary = "登记（或修改）某年度承诺：资金（元）、项目、信息（帮扶单位书记或旗委组织部）")
    CommitmentView commit(@PathVariable long id, @PathVariable Integer year, @RequestBody CommitmentBody body) {
        return pairing.commit(CurrentUser.get(), id, year, body.funds(), body.projects(), body.information());
    }

    @PostMapping(path = "/pairs/{id}/fulfilments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "登记履行记录（日期、类别、资金金额、内容、佐证材料 JPEG/PNG/PDF 每个不超过 5 MB），并请嘎查村确认收到")
    ResponseEntity<PairDetail> fulfil(@PathVariable long id, @RequestParam(required = false) String date,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String amount,
            @RequestParam(required = false) String description, @RequestPart(name = "evidence", required = false) List<MultipartFile> evidence)
            throws IOException {
        CurrentUser user = CurrentUser.get();
        List<EvidenceFiles.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : evidence == null ? List.<MultipartFile>of() : evidence) {
            if (!file.isEmpty()) {
                uploads.add(new EvidenceFiles.Upload(file.getOriginalFilename(), file.getBytes()));
            }
        }
        long fulfilment = fulfilments.record(user, id, new FulfilmentService.Entry(date, kind, amount, description), uploads);
        PairDetail detail = details.of(user, id, Integer.valueOf(date.strip().substring(0, 4)));
        return ResponseEntity.created(URI.create("/api/pairing/fulfilments/" + fulfilment)).body(detail);
    }

    @GetMapping("/fulfilments/{id}/evidence/{evidenceId}")
    @Operation(summary = "下载佐证材料")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId) {
        FulfilmentService.EvidenceDownload file = fulfilments.evidence(CurrentUser.get(), id, evidenceId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @GetMapping("/helpers")
    @Operation(summary = "按帮扶单位：某年度结对数、承诺与已确认履行和完成率")
    HelpersReport helpers(@RequestParam(required = false) Integer year) {
        return report.helpers(CurrentUser.get(), year);
    }

    @GetMapping("/report.xlsx")
    @Operation(summary = "结对帮扶统计导出（Excel：按结对、按帮扶单位）")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) Integer year) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"pairing-report.xlsx\"")
                .body(report.workbook(CurrentUser.get(), year));
    }
}
