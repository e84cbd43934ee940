package cn.excellence.fund;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.shared.Groups;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.shared.web.Downloads;
import cn.excellence.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Funds and their ledgers: for the fund committee and org-dept only; award payables: paid by the fund committee. */
@RestController
@RequestMapping("/api")
@Tag(name = "资金", description = "资金、台账和导出，表彰奖励支付")
class FundController {

    static final int MAX_EXPORT_ROWS = 100_000;

    private final FundLedger ledger;
    private final LedgerWorkbook workbook;
    private final AwardPayments awards;

    FundController(FundLedger ledger, LedgerWorkbook workbook, AwardPayments awards) {
        this.ledger = ledger;
        this.workbook = workbook;
        this.awards = awards;
    }

    private Fund fund(String code) {
        return ledger.fund(code).orElseThrow(() -> ApiException.notFound("资金“" + code + "”不存在。"));
    }

    @GetMapping("/funds")
    @Operation(summary = "全部资金：总额、已预留、已支付、可用（元）")
    List<FundView> funds() {
        FundAccess.check();
        return ledger.funds().stream().map(FundView::of).toList();
    }

    @GetMapping("/funds/{code}")
    @Operation(summary = "一项资金")
    FundView fundView(@PathVariable String code) {
        FundAccess.check();
        return FundView.of(fund(code));
    }

    @GetMapping("/funds/{code}/ledger")
    @Operation(summary = "资金台账（分页）")
    Page<LedgerEntry> entries(@PathVariable String code, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        FundAccess.check();
        Page.check(page, size);
        return new Page<>(ledger.ledger(fund(code).code(), page, size), page, size, ledger.ledgerSize(code));
    }

    @GetMapping("/funds/{code}/ledger.xlsx")
    @Operation(summary = "资金台账导出（Excel）")
    ResponseEntity<byte[]> export(@PathVariable String code) {
        FundAccess.check();
        Fund fund = fund(code);
        return Downloads.excel("资金台账-" + code + ".xlsx", workbook.write(fund, ledger.ledger(code, 0, MAX_EXPORT_ROWS)));
    }

    @PostMapping("/award-payables/{id}/payment")
    @Operation(summary = "支付表彰奖励（扶贫资金会）；重复提交只支付一次")
    AwardPaid payAward(@PathVariable long id) {
        if (!CurrentUser.get().isMemberOf(Groups.FUND_COMMITTEE)) {
            throw ApiException.forbidden("只有扶贫资金会可以支付奖励。");
        }
        return new AwardPaid(id, awards.pay(id, CurrentUser.get().userId()).name());
    }

    /** The outcome of paying an award payable. */
    record AwardPaid(long id, String outcome) {
    }

    record FundView(String code, String name, java.math.BigDecimal total, java.math.BigDecimal committed,
            java.math.BigDecimal paid, java.math.BigDecimal available) {
        static FundView of(Fund f) {
            return new FundView(f.code(), f.name(), f.totalYuan(), f.committedYuan(), f.paidYuan(), f.availableYuan());
        }
    }
}
