package cn.excellence.shared;


/** Checks of free text entered in forms: present, not blank, within its length. */
public final class TextRules {

    private TextRules() {
    }

    public static String required(Object value, String label, int min, int max) {
        if (value == null || value.toString().isBlank()) {
            throw new TaskInputException("请填写“" + label + "”。");
        }
        return bounded(value, label, min, max);
    }

    public static String optional(Object value, String label, int max) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return bounded(value, label, 0, max);
    }

    private static String bounded(Object value, String label, int min, int max) {
        if (!(value instanceof String text)) {
            throw new TaskInputException("“" + label + "”应为文字。");
        }
        String trimmed = text.strip();
        if (trimmed.length() < min) {
            throw new TaskInputException("“" + label + "”至少需要 " + min + " 个字。");
        }
        if (trimmed.length() > max) {
            throw new TaskInputException("“" + label + "”最多 " + max + " 个字，当前 " + trimmed.length() + " 个字。");
        }
        return trimmed;
    }

    public static <E extends Enum<E>> E choice(Object value, Class<E> type, String label) {
        if (value == null || value.toString().isBlank()) {
            throw new TaskInputException("请选择“" + label + "”。");
        }
        try {
            return Enum.valueOf(type, value.toString());
        } catch (IllegalArgumentException e) {
            throw new TaskInputException("“" + label + "”的取值“" + abbreviate(value.toString()) + "”无效。");
        }
    }

    public static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }
}
