package cn.excellence.posts;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 一书一卡一簿 as the branch records it: a member's pledge, 功劳簿 entries, the post card; the organization's public code. */
@RestController
@RequestMapping("/api/posts")
@Tag(name = "一书一卡一簿", description = "承诺书、岗位卡、居民评价功劳簿")
class ServiceBookController {

    private final ServiceBook book;
    private final MemberYear members;
    private final PublicCodes codes;

    ServiceBookController(ServiceBook book, MemberYear members, PublicCodes codes) {
        this.book = book;
        this.members = members;
        this.codes = codes;
    }

    @GetMapping("/members/{id}")
    @Operation(summary = "党员某年度的岗位、承诺书和功劳簿")
    MemberYear.View member(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return members.of(CurrentUser.get(), id, year);
    }

    @GetMapping("/members/{id}/card.pdf")
    @Operation(summary = "发挥作用岗位卡（PDF）")
    ResponseEntity<byte[]> card(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return Downloads.pdf("岗位卡-" + id + ".pdf", members.card(CurrentUser.get(), id, year));
    }

    record PledgeBody(Integer year, List<Object> items) {
    }

    record Pledge(long memberId, int year, List<String> items) {
    }

    @PutMapping("/members/{id}/pledge")
    @Operation(summary = "登记（或更新）党员的服务居民承诺书：1–10 条，每条不超过 200 字")
    Pledge pledge(@PathVariable long id, @RequestBody PledgeBody body) {
        List<String> items = book.pledge(CurrentUser.get(), id, body.year(), body.items());
        return new Pledge(id, body.year(), items);
    }

    record EntryBody(String date, String residentName, String deed, String evaluation) {
    }

    record EntryRecorded(long id, String message) {
    }

    @PostMapping("/members/{id}/merits")
    @Operation(summary = "登记功劳簿：居民对党员服务的评价（满意／基本满意／不满意）")
    ResponseEntity<EntryRecorded> record(@PathVariable long id, @RequestBody EntryBody body) {
        long entry = book.record(CurrentUser.get(), id, body.date(), body.residentName(), body.deed(), body.evaluation());
        return ResponseEntity.created(URI.create("/api/posts/members/" + id)).body(new EntryRecorded(entry, "已登记功劳簿。"));
    }

    record HideBody(String reason) {
    }

    @PostMapping("/merits/{id}/hide")
    @Operation(summary = "隐藏功劳簿记录（保留并注明原因，不再计分）")
    ResponseEntity<Void> hide(@PathVariable long id, @RequestBody HideBody body) {
        book.hide(CurrentUser.get(), id, body.reason());
        return ResponseEntity.noContent().build();
    }

    record PublicCode(String organizationCode, String code) {
    }

    @GetMapping("/organizations/{code}/public-code")
    @Operation(summary = "本组织的功劳簿公开码（居民在公开页面凭码提交评价）")
    PublicCode publicCode(@PathVariable String code) {
        return new PublicCode(code, codes.of(CurrentUser.get(), code));
    }

    @PostMapping("/organizations/{code}/public-code")
    @Operation(summary = "更换公开码（旧码立即失效）")
    PublicCode rotate(@PathVariable String code) {
        return new PublicCode(code, codes.rotate(CurrentUser.get(), code));
    }
}
