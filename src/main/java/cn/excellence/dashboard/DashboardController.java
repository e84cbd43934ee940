package cn.excellence.dashboard;


import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.dashboard.DashboardViews.CommendationBoard;
import cn.excellence.dashboard.DashboardViews.DutyReviewBoard;
import cn.excellence.dashboard.DashboardViews.FundBoard;
import cn.excellence.dashboard.DashboardViews.OverdueBoard;
import cn.excellence.dashboard.DashboardViews.ReliefBoard;
import cn.excellence.dashboard.DashboardViews.SupervisionBoard;
import cn.excellence.shared.excel.Workbooks;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "工作概况", description = "组织部工作概况：述职评议进度、评先表彰、督查、逾期待办、资金、批量救助；可导出 Excel")
class DashboardController {

    private final DashboardService service;
    private final DutyReviewSummaryPdf pdf;

    DashboardController(DashboardService service, DutyReviewSummaryPdf pdf) {
        this.service = service;
        this.pdf = pdf;
    }

    @GetMapping("/duty-review")
    @Operation(summary = "述职评议进度：各苏木镇已提交、已预审、评议进度、等次与排名（默认最新一轮）")
    DutyReviewBoard dutyReview(@RequestParam(required = false) Long round, @RequestParam(required = false) String township) {
        return service.dutyReview(CurrentUser.get(), round, township);
    }

    @GetMapping("/duty-review.xlsx")
    @Operation(summary = "述职评议进度（Excel）")
    ResponseEntity<byte[]> dutyReviewWorkbook(@RequestParam(required = false) Long round,
            @RequestParam(required = false) String township) {
        DutyReviewBoard board = service.dutyReview(CurrentUser.get(), round, township);
        return Downloads.excel("述职评议进度-" + board.roundId() + ".xlsx",
                Workbooks.write("述职评议进度", DashboardTables.DUTY_REVIEW, DashboardTables.dutyReview(board)));
    }

    @GetMapping("/duty-review.pdf")
    @Operation(summary = "述职评议汇总表（PDF，供全委会打印）")
    ResponseEntity<byte[]> dutyReviewSummary(@RequestParam(required = false) Long round,
            @RequestParam(required = false) String township) {
        DutyReviewBoard board = service.dutyReview(CurrentUser.get(), round, township);
        byte[] document = pdf.render(board.year() + " 年述职评议汇总表：" + board.title(), DashboardTables.DUTY_REVIEW,
                DashboardTables.dutyReview(board));
        return Downloads.pdf("述职评议汇总表-" + board.roundId() + ".pdf", document);
    }

    @GetMapping("/commendation")
    @Operation(summary = "评先表彰：各类别推荐、入选、公示、异议与名额（默认最新一次活动）")
    CommendationBoard commendation(@RequestParam(required = false) Long campaign, @RequestParam(required = false) String township) {
        return service.commendation(CurrentUser.get(), campaign, township);
    }

    @GetMapping("/commendation.xlsx")
    @Operation(summary = "评先表彰进度（Excel）")
    ResponseEntity<byte[]> commendationWorkbook(@RequestParam(required = false) Long campaign,
            @RequestParam(required = false) String township) {
        CommendationBoard board = service.commendation(CurrentUser.get(), campaign, township);
        return Downloads.excel("评先表彰进度-" + board.campaignId() + ".xlsx",
                Workbooks.write("评先表彰进度", DashboardTables.COMMENDATION, DashboardTables.commendation(board)));
    }

    @GetMapping("/supervision")
    @Operation(summary = "督查：各苏木镇月报按时率与抽查得分（默认全部周期）")
    SupervisionBoard supervision(@RequestParam(required = false) Long cycle, @RequestParam(required = false) String township) {
        return service.supervision(CurrentUser.get(), cycle, township);
    }

    @GetMapping("/supervision.xlsx")
    @Operation(summary = "督查概况（Excel）")
    ResponseEntity<byte[]> supervisionWorkbook(@RequestParam(required = false) Long cycle,
            @RequestParam(required = false) String township) {
        SupervisionBoard board = service.supervision(CurrentUser.get(), cycle, township);
        return Downloads.excel("督查概况.xlsx",
                Workbooks.write("督查概况", DashboardTables.SUPERVISION, DashboardTables.supervision(board)));
    }

    @GetMapping("/overdue-tasks")
    @Operation(summary = "逾期待办：按组织统计已过期限仍未办理的任务")
    OverdueBoard overdue(@RequestParam(required = false) String township) {
        return service.overdue(CurrentUser.get(), township);
    }

    @GetMapping("/overdue-tasks.xlsx")
    @Operation(summary = "逾期待办（Excel）")
    ResponseEntity<byte[]> overdueWorkbook(@RequestParam(required = false) String township) {
        return Downloads.excel("逾期待办.xlsx",
                Workbooks.write("逾期待办", DashboardTables.OVERDUE, DashboardTables.overdue(service.overdue(CurrentUser.get(), township))));
    }

    @GetMapping("/funds")
    @Operation(summary = "资金概况：各资金总额、已预留、已支付、可用（元），及按月支付")
    FundBoard funds() {
        return service.funds(CurrentUser.get());
    }

    @GetMapping("/funds.xlsx")
    @Operation(summary = "资金概况（Excel）")
    ResponseEntity<byte[]> fundsWorkbook() {
        return Downloads.excel("资金概况.xlsx",
                Workbooks.write("资金概况", DashboardTables.FUNDS, DashboardTables.funds(service.funds(CurrentUser.get()))));
    }

    @GetMapping("/relief-batches")
    @Operation(summary = "批量救助：批次数、人数、金额")
    ReliefBoard relief() {
        return service.relief(CurrentUser.get());
    }

    @GetMapping("/relief-batches.xlsx")
    @Operation(summary = "批量救助（Excel）")
    ResponseEntity<byte[]> reliefWorkbook() {
        return Downloads.excel("批量救助.xlsx",
                Workbooks.write("批量救助", DashboardTables.RELIEF, DashboardTables.relief(service.relief(CurrentUser.get()))));
    }
}
