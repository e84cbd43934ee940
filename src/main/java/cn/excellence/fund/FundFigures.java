package cn.excellence.fund;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.jdbc.Rows;

/** The funds' figures for the dashboard (资金概况): totals and the payments per calendar month, money in fen and exact yuan. */
@Service
public class FundFigures {

    private final JdbcClient jdbc;
    private final FundLedger ledger;

    FundFigures(JdbcClient jdbc, FundLedger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    public List<Fund> funds() {
        return ledger.funds();
    }

    /** Payments (支付) of every fund, per month in the county's time zone, oldest month first. */
    public List<MonthlyPayments> paymentsByMonth() {
        Map<String, long[]> months = new TreeMap<>();
        for (Payment p : jdbc.sql("select created_at, amount_fen from fund_ledger where entry_type = 'PAYMENT'")
                .query((rs, n) -> new Payment(Rows.instant(rs, "created_at"), rs.getLong("amount_fen"))).list()) {
            long[] sum = months.computeIfAbsent(YearMonth.from(p.at().atZone(WorkingDayCalendar.ZONE)).toString(), m -> new long[2]);
            sum[0] += p.fen();
            sum[1]++;
        }
        return months.entrySet().stream()
                .map(e -> new MonthlyPayments(e.getKey(), e.getValue()[1], e.getValue()[0], BigDecimal.valueOf(e.getValue()[0], 2)))
                .toList();
    }

    private record Payment(Instant at, long fen) {
    }

    /** One month's payments: how many, and how much in fen and in yuan. */
    public record MonthlyPayments(String month, long payments, long amountFen, BigDecimal amountYuan) {
    }
}
