package cn.excellence.orgchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/orgchange")
@Tag(name = "组织设置", description = "成立党组织及第一届委员会选举、后备干部名册、村“两委”换届结果")
class OrgChangeController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FoundingQueries foundings;
    private final CadreService cadres;
    private final ElectionReports reports;

    OrgChangeController(FoundingQueries foundings, CadreService cadres, ElectionReports reports) {
        this.foundings = foundings;
        this.cadres = cadres;
        this.reports = reports;
    }

    /** 登记后备干部: member id, type (DOUBLE_STRONG …), since (2026-03-01). */
    record ReserveBody(String memberId, String type, String since) {
    }

    /** 登记换届结果: year, village organization code, office (VILLAGE_SECRETARY / VILLAGE_HEAD), member id, votes. */
    record ElectionBody(String year, String villageCode, String office, String memberId, String votes) {
    }

    @GetMapping("/foundings")
    @Operation(summary = "成立党组织申请（本组织及下级），新的在前")
    List<FoundingView> foundings() {
        return foundings.foundings(CurrentUser.get());
    }

    @GetMapping("/foundings/{id}")
    @Operation(summary = "一份成立党组织申请，含第一届委员会选举的候选人和得票")
    FoundingView founding(@PathVariable long id) {
        return foundings.founding(CurrentUser.get(), id);
    }

    @GetMapping("/organizations/{code}/committee")
    @Operation(summary = "组织的委员会（已备案的第一届委员会选举结果）")
    Committee committee(@PathVariable String code) {
        return foundings.committee(CurrentUser.get(), code);
    }

    @GetMapping("/reserve-cadres")
    @Operation(summary = "后备干部名册（本组织及下级）")
    List<ReserveCadre> reserves() {
        return cadres.reserves(CurrentUser.get());
    }

    @PostMapping("/reserve-cadres")
    @Operation(summary = "登记后备干部（苏木镇党委书记或组织部）")
    ReserveCadre register(@RequestBody ReserveBody body) {
        ReserveBody b = body == null ? new ReserveBody(null, null, null) : body;
        return cadres.register(CurrentUser.get(), b.memberId(), b.type(), b.since());
    }

    @PostMapping("/elections")
    @Operation(summary = "登记村“两委”换届结果，并设置当选党员在花名册中的职务")
    VillageElection record(@RequestBody ElectionBody body) {
        ElectionBody b = body == null ? new ElectionBody(null, null, null, null, null) : body;
        return cadres.record(CurrentUser.get(), b.year(), b.villageCode(), b.office(), b.memberId(), b.votes(), null);
    }

    @GetMapping("/elections/{year}")
    @Operation(summary = "某年的换届结果（本组织及下级）")
    List<VillageElection> elections(@PathVariable String year) {
        return cadres.elections(CurrentUser.get(), year(year));
    }

    @GetMapping("/elections/{year}/report")
    @Operation(summary = "某年换届汇总：当选人数、后备干部当选人数（一人只计一次），按苏木镇")
    ElectionReport report(@PathVariable String year) {
        return reports.report(CurrentUser.get(), year(year));
    }

    @GetMapping("/elections/{year}/report.xlsx")
    @Operation(summary = "某年换届汇总和明细（Excel）")
    ResponseEntity<byte[]> workbook(@PathVariable String year) {
        int y = year(year);
        byte[] body = reports.workbook(CurrentUser.get(), y);
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(y + "年换届结果.xlsx", StandardCharsets.UTF_8).build().toString()).body(body);
    }

    private static int year(String text) {
        if (text == null || !text.matches("\\d{4}")) {
            throw new TaskInputException("年度应为四位数字，如 2026。");
        }
        int year = Integer.parseInt(text);
        if (year < 2000 || year > 2100) {
            throw new TaskInputException("年度应在 2000 至 2100 之间。");
        }
        return year;
    }
}
