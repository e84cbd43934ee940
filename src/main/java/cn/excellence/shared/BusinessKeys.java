package cn.excellence.shared;

/**
 * The business key Cockpit lists a case by: what it is, whose it is and its record's id, e.g.
 * "贴息贷款·丰收合作社·#12" (names can repeat, the id keeps the key unique). Processes do not look
 * cases up by it: they carry the record's id as a variable.
 */
public final class BusinessKeys {

    /** The engine's business key column (ACT_RU_EXECUTION.BUSINESS_KEY_) holds 255 characters. */
    public static final int MAX_LENGTH = 255;
    private static final String SEPARATOR = "·";

    private BusinessKeys() {
    }

    /** "kind·subject·#id"; a long subject is shortened so that the key fits the column. */
    public static String of(String kind, Object subject, long id) {
        String tail = SEPARATOR + "#" + id;
        String text = subject == null ? "" : subject.toString().strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return kind + tail;
        }
        int room = MAX_LENGTH - kind.length() - SEPARATOR.length() - tail.length();
        return kind + SEPARATOR + TextRules.abbreviate(text, room - 1) + tail;
    }
}
