package cn.excellence.modeling;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field a user fills in on a Camunda Form, with the rules the form states for it: the one
 * source of its label, requiredness, lengths, range and allowed values ({@code values} is empty when
 * the form takes them from a variable, {@code valuesKey}).
 */
public record FormField(String key, String label, String type, boolean required, Integer minLength, Integer maxLength,
        BigDecimal min, BigDecimal max, List<String> values) {

    boolean isText() {
        return type.equals("textfield") || type.equals("textarea");
    }

    boolean isChoice() {
        return type.equals("radio") || type.equals("select");
    }

    boolean isMultipleChoice() {
        return type.equals("checklist") || type.equals("taglist");
    }
}
