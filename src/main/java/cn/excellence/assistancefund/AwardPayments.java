package cn.excellence.assistancefund;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.jdbc.Rows;
import cn.excellence.shared.web.ApiException;

/** Pays the awards the commendations record (e.g. 4,000 yuan per excellent village cadre) through the same ledger. */
@Service
class AwardPayments {

    private final JdbcClient jdbc;
    private final FundLedger ledger;

    AwardPayments(JdbcClient jdbc, FundLedger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    @Transactional
    FundLedger.Outcome pay(long payableId, String by) {
        var payable = jdbc.sql("select fund_code, amount_fen from award_payable where id = ?").param(payableId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).optional()
                .orElseThrow(() -> ApiException.notFound("应付奖励 " + payableId + " 不存在。"));
        FundLedger.Outcome outcome = ledger.pay((String) payable[0], (Long) payable[1], false, "award:" + payableId,
                "award:" + payableId, "表彰奖励支付", by);
        if (outcome == FundLedger.Outcome.INSUFFICIENT) {
            throw ApiException.conflict("资金可用余额不足，奖励暂不能支付。");
        }
        jdbc.sql("update award_payable set status = 'PAID', paid_at = coalesce(paid_at, ?) where id = ?")
                .params(Rows.value(ClockUtil.getCurrentTime()), payableId).update();
        return outcome;
    }
}
