package cn.excellence.shared;

import java.math.BigDecimal;

/** The values of a Camunda Form as a client sent them (text, numbers of any type, blanks for empty fields), read for a service. */
public final class FormValues {

    private FormValues() {
    }

    /** The text, or null for a missing or blank value. */
    public static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** The whole number, or null for a missing or blank value. */
    public static Long wholeNumber(Object value, String label) {
        String text = text(value);
        try {
            return text == null ? null : new BigDecimal(text.strip()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new TaskInputException("“" + label + "”应为整数。");
        }
    }

    /** The number as sent (a form's number field may arrive as any numeric type or text), or null for a missing or blank value. */
    public static BigDecimal decimal(Object value, String label) {
        String text = text(value);
        try {
            return text == null ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new TaskInputException("“" + label + "”应为数字。");
        }
    }

    /** The whole number as an int, or null for a missing or blank value. */
    public static Integer integer(Object value, String label) {
        String text = text(value);
        try {
            return text == null ? null : new BigDecimal(text.strip()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new TaskInputException("“" + label + "”应为整数。");
        }
    }
}
