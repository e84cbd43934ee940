package cn.excellence.fund;

import java.math.BigDecimal;

import cn.excellence.shared.TaskInputException;

/** Amounts as users give them, in yuan: positive, at most two decimals, not absurdly large; kept in fen. */
public final class Money {

    public static final BigDecimal MAX_YUAN = new BigDecimal("100000000");

    private Money() {
    }

    public static long fen(Object value, String label) {
        if (value == null || value.toString().isBlank()) {
            throw new TaskInputException("请填写“" + label + "”。");
        }
        BigDecimal yuan;
        try {
            yuan = value instanceof BigDecimal b ? b : value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            throw new TaskInputException("“" + label + "”应为金额（元），如 10000.00。");
        }
        if (yuan.signum() <= 0) {
            throw new TaskInputException("“" + label + "”应大于零。");
        }
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new TaskInputException("“" + label + "”最多两位小数（分）。");
        }
        if (yuan.compareTo(MAX_YUAN) > 0) {
            throw new TaskInputException("“" + label + "”不能超过 1 亿元。");
        }
        return yuan.movePointRight(2).longValueExact();
    }

    public static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
