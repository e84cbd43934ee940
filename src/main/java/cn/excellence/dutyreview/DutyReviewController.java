package cn.excellence.dutyreview;

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

import cn.excellence.shared.Groups;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api")
@Tag(name = "述职评议", description = "苏木镇党委书记述职评议")
class DutyReviewController {

    private final DutyReviewService service;
    private final DutyReviewQueries queries;

    DutyReviewController(DutyReviewService service, DutyReviewQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    record OpenRoundBody(@NotNull(message = "请填写评议年度") Integer year,
            @NotNull(message = "请填写标题") @Size(min = 2, max = 200, message = "标题应为 2 到 200 个字") String title,
            @Size(max = 9, message = "最多 9 个苏木镇") List<String> townships,
            @Size(max = DutyReviewService.MAX_REVIEWERS, message = "评议人最多 100 位") List<String> reviewers,
            @NotNull(message = "请填写述职报告截止时间") OffsetDateTime reportDueDate,
            @NotNull(message = "请填写评议截止时间") OffsetDateTime ratingDueDate) {
    }

    @PostMapping("/duty-review-rounds")
    @Operation(summary = "发起一轮述职评议（组织部）")
    ResponseEntity<DutyReviewQueries.RoundView> open(@Valid @RequestBody OpenRoundBody body) {
        CurrentUser user = CurrentUser.get();
        if (!user.isMemberOf(Groups.ORG_DEPT)) {
            throw ApiException.forbidden("只有旗委组织部可以发起述职评议。");
        }
        long id = service.startRound(new RoundRequest(body.year(), body.title(), body.townships(), body.reviewers(),
                Date.from(body.reportDueDate().toInstant()), Date.from(body.ratingDueDate().toInstant())));
        return ResponseEntity.created(URI.create("/api/duty-review-rounds/" + id)).body(queries.round(user, id));
    }

    @GetMapping("/duty-review-rounds")
    @Operation(summary = "我可见的述职评议轮次")
    List<DutyReviewQueries.RoundSummary> rounds() {
        return queries.rounds(CurrentUser.get());
    }

    @GetMapping("/duty-review-rounds/{id}")
    @Operation(summary = "一轮述职评议：各报告状态；全部评定后附排名")
    DutyReviewQueries.RoundView round(@PathVariable long id) {
        return queries.round(CurrentUser.get(), id);
    }

    @GetMapping("/duty-reports/{id}")
    @Operation(summary = "一份述职报告及其评议结果")
    DutyReviewQueries.ReportView report(@PathVariable long id) {
        return queries.report(CurrentUser.get(), id);
    }
}
