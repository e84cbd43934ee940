package cn.excellence.shared;


/**
 * Checks of free text entered in forms: present, with something visible in it (not only spaces,
 * zero-width or direction marks), free of NUL and other control characters (newline, carriage
 * return and tab are text), within its length.
 */
public final class TextRules {

    private TextRules() {
    }

    public static String required(Object value, String label, int min, int max) {
        if (isEmpty(value, label)) {
            throw new TaskInputException("请填写“" + label + "”。");
        }
        return bounded(value, label, min, max);
    }

    public static String optional(Object value, String label, int max) {
        return isEmpty(value, label) ? null : bounded(value, label, 0, max);
    }

    /** Nothing to see: null, blank or only invisible characters; control characters among them are refused as such. */
    private static boolean isEmpty(Object value, String label) {
        if (value instanceof String text) {
            checkControlCharacters(text, label);
            return !hasVisibleCharacter(text);
        }
        return value == null || value.toString().isBlank();
    }

    private static String bounded(Object value, String label, int min, int max) {
        if (!(value instanceof String text)) {
            throw new TaskInputException("“" + label + "”应为文字。");
        }
        String trimmed = text.strip();
        if (visibleLength(trimmed) < min) {
            throw new TaskInputException("“" + label + "”至少需要 " + min + " 个字。");
        }
        if (trimmed.length() > max) {
            throw new TaskInputException("“" + label + "”最多 " + max + " 个字，当前 " + trimmed.length() + " 个字。");
        }
        return trimmed;
    }

    /** Whether the text shows anything: a character that is neither white space nor an invisible format mark. */
    private static boolean hasVisibleCharacter(String text) {
        return text.codePoints().anyMatch(TextRules::isVisible);
    }

    /** Zero-width characters padding a text out to its minimum length do not count. */
    private static long visibleLength(String text) {
        return text.codePoints().filter(c -> isVisible(c) || Character.isWhitespace(c)).count();
    }

    /** Not white space, not a zero-width character, byte-order or direction mark (Unicode format characters), not a control character. */
    private static boolean isVisible(int c) {
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT
                && !Character.isISOControl(c);
    }

    /** NUL and the other control characters have no place in text a person typed; newline, carriage return and tab do. */
    private static void checkControlCharacters(String text, String label) {
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new TaskInputException("“" + label + "”含有不可见的控制字符，请删除后重试。");
        }
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
        return abbreviate(text, 30);
    }

    /** The text cut to {@code max} characters with "…", for quoting a client's value in a message. */
    public static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
