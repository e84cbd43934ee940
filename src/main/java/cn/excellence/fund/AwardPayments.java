package cn.excellence.fund;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.commendation.HonourAwarded;
import cn.excellence.shared.jdbc.Rows;
import cn.excellence.shared.web.ApiException;

/**
 * The awards commendation announces (e.g. 4,000 yuan per excellent village cadre): recorded as payable when the honour
 * is issued, paid once through the same ledger.
 */
@Service
class AwardPayments {

    /** The fund that pays the performance subsidy of excellent village cadres (优秀村干部绩效补贴). */
    static final String FUND = "VILLAGE_CADRE_SUBSIDY";

    /** What an award payable owes, from which fund. */
    private record Payable(String fundCode, long amountFen) {
    }

    private final JdbcClient jdbc;
    private final FundLedger ledger;

    AwardPayments(JdbcClient jdbc, FundLedger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** In the transaction that issues the honour: the honour and what the fund owes for it exist together or not at all. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(HonourAwarded award) {
        jdbc.sql("insert into fund_award_payable (honour_id, fund_code, amount_fen, status, created_at) values (?, ?, ?, 'PAYABLE', ?)")
                .params(award.honourId(), FUND, award.amountFen(), Rows.value(ClockUtil.getCurrentTime())).update();
    }

    @Transactional
    FundLedger.Outcome pay(long payableId, String by) {
        Payable payable = jdbc.sql("select fund_code, amount_fen from fund_award_payable where id = ?").param(payableId)
                .query((rs, n) -> new Payable(rs.getString("fund_code"), rs.getLong("amount_fen"))).optional()
                .orElseThrow(() -> ApiException.notFound("应付奖励 " + payableId + " 不存在。"));
        FundLedger.Outcome outcome = ledger.pay(payable.fundCode(), payable.amountFen(), false, "award:" + payableId,
                "award:" + payableId, "表彰奖励支付", by);
        if (outcome == FundLedger.Outcome.INSUFFICIENT) {
            throw ApiException.conflict("资金可用余额不足，奖励暂不能支付。");
        }
        jdbc.sql("update fund_award_payable set status = 'PAID', paid_at = coalesce(paid_at, ?) where id = ?")
                .params(Rows.value(ClockUtil.getCurrentTime()), payableId).update();
        return outcome;
    }
}
