package cn.excellence.starrating;

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

@RestController
@RequestMapping("/api/five-star")
@Tag(name = "五星级支部", description = "五星级支部名单、动态历史、撤销")
class FiveStarController {

    private final FiveStarQueries queries;
    private final FiveStarReviews reviews;

    FiveStarController(FiveStarQueries queries, FiveStarReviews reviews) {
        this.queries = queries;
        this.reviews = reviews;
    }

    /** 撤销理由 (5–1000 characters). */
    record RevocationBody(String reason) {
    }

    @GetMapping("/branches")
    @Operation(summary = "当前五星级支部（本组织及下级；可按苏木镇筛选）")
    List<FiveStarBranch> branches(@RequestParam(required = false) String township) {
        return queries.branches(CurrentUser.get(), township);
    }

    @GetMapping("/branches.xlsx")
    @Operation(summary = "当前五星级支部名单（Excel）")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String township) {
        return Downloads.excel("五星级支部.xlsx", queries.workbook(CurrentUser.get(), township));
    }

    @GetMapping("/branches/{code}/history")
    @Operation(summary = "支部的五星级动态历史：授予、复核保留、撤销、未通过及理由")
    FiveStarHistory history(@PathVariable String code) {
        return queries.history(CurrentUser.get(), code);
    }

    @PostMapping("/branches/{code}/revocation")
    @Operation(summary = "组织部直接撤销五星级（须写明理由，记入历史）")
    FiveStarHistory revoke(@PathVariable String code, @RequestBody RevocationBody body) {
        return reviews.revoke(code, body == null ? null : body.reason(), CurrentUser.get());
    }
}
