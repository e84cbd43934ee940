package cn.excellence.posts;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.posts.PostViews.ClaimView;
import cn.excellence.posts.PostViews.MemberChoice;
import cn.excellence.posts.PostViews.OrganizationPosts;
import cn.excellence.posts.PostViews.PostView;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 设岗定责: an organization's posts, claims for its members without office, the report. */
@RestController
@RequestMapping("/api/posts")
@Tag(name = "设岗定责", description = "岗位设置、无职党员认领岗位、统计")
class PostsController {

    private final PostService posts;
    private final PostsReport report;

    PostsController(PostService posts, PostsReport report) {
        this.posts = posts;
        this.report = report;
    }

    @GetMapping("/organizations/{code}")
    @Operation(summary = "本组织某年度的岗位、空余名额和认领党员")
    OrganizationPosts organization(@PathVariable String code, @RequestParam(required = false) Integer year) {
        return posts.ofOrganization(CurrentUser.get(), code, year);
    }

    @GetMapping("/organizations/{code}/members")
    @Operation(summary = "本组织及下级的无职党员（可认领岗位）")
    List<MemberChoice> members(@PathVariable String code) {
        return posts.membersWithoutOffice(CurrentUser.get(), code);
    }

    record PostBody(Integer year, String name, String duties, Integer capacity) {
    }

    @PostMapping("/organizations/{code}/posts")
    @Operation(summary = "设岗：嘎查村或社区党组织设置岗位（书记或旗委组织部）")
    ResponseEntity<PostView> define(@PathVariable String code, @RequestBody PostBody body) {
        CurrentUser user = CurrentUser.get();
        long id = posts.define(user, code, body.year(), body.name(), body.duties(), body.capacity());
        PostView created = posts.ofOrganization(user, code, body.year()).posts().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/posts/organizations/" + code + "?year=" + body.year())).body(created);
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "停用岗位（已认领的保留，不再接受认领）")
    ResponseEntity<Void> deactivate(@PathVariable long id) {
        posts.deactivate(CurrentUser.get(), id);
        return ResponseEntity.noContent().build();
    }

    record ClaimBody(Long memberId) {
    }

    @PostMapping("/{id}/claims")
    @Operation(summary = "为无职党员登记认领岗位（不超过岗位人数）")
    ResponseEntity<ClaimView> claim(@PathVariable long id, @RequestBody ClaimBody body) {
        ClaimView claim = posts.claim(CurrentUser.get(), id, body.memberId());
        return ResponseEntity.created(URI.create("/api/posts/" + id + "/claims/" + claim.memberId())).body(claim);
    }

    @DeleteMapping("/{id}/claims/{memberId}")
    @Operation(summary = "解除认领")
    ResponseEntity<Void> release(@PathVariable long id, @PathVariable long memberId) {
        posts.release(CurrentUser.get(), id, memberId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/report")
    @Operation(summary = "设岗定责统计：按苏木镇（党委）和党组织的岗位数、名额、认领人次和认领党员数")
    PostsReport.Report report(@RequestParam(required = false) Integer year, @RequestParam(required = false) String township) {
        return report.of(CurrentUser.get(), year, township);
    }

    @GetMapping("/report.xlsx")
    @Operation(summary = "设岗定责统计导出（Excel）")
    ResponseEntity<byte[]> reportWorkbook(@RequestParam(required = false) Integer year, @RequestParam(required = false) String township) {
        return Downloads.excel("设岗定责统计.xlsx", report.workbook(CurrentUser.get(), year, township));
    }
}
