package cn.excellence.fund;

import java.math.BigDecimal;

/** A fund (资金) with its total, what is committed (reserved, not yet paid) and what is paid, in fen. */
public record Fund(String code, String name, long totalFen, long committedFen, long paidFen) {

    public long availableFen() {
        return totalFen - committedFen - paidFen;
    }

    public BigDecimal totalYuan() {
        return BigDecimal.valueOf(totalFen, 2);
    }

    public BigDecimal committedYuan() {
        return BigDecimal.valueOf(committedFen, 2);
    }

    public BigDecimal paidYuan() {
        return BigDecimal.valueOf(paidFen, 2);
    }

    public BigDecimal availableYuan() {
        return BigDecimal.valueOf(availableFen(), 2);
    }
}
