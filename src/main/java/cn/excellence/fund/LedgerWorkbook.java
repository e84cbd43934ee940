package cn.excellence.fund;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.excellence.shared.excel.Workbooks;

/** The ledger as an Excel workbook, amounts in yuan with two decimals. */
@Component
class LedgerWorkbook {

    static final String[] HEADERS = {"序号", "时间", "类型", "金额（元）", "业务编号", "幂等键", "摘要", "经办人"};

    byte[] write(Fund fund, List<LedgerEntry> entries) {
        return Workbooks.write(fund.name(), Arrays.asList(HEADERS), entries.stream()
                .map(e -> Arrays.<Object>asList(e.id(), e.createdAt(), label(e), e.amountYuan(), e.reference(), e.idempotencyKey(),
                        e.description(), e.createdBy()))
                .toList());
    }

    private static String label(LedgerEntry e) {
        return switch (e.type()) {
            case RESERVE -> "预留";
            case RELEASE -> "释放";
            case PAYMENT -> e.fromReservation() ? "支付（自预留）" : "支付";
        };
    }
}
