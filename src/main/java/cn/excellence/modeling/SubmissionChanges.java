package cn.excellence.modeling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.excellence.shared.FormValues;

/**
 * What changed between the submission a reviewer returned and the one sent back: the previous value of
 * each changed field (for the review form's "退回前" column) and a one-line summary naming the changed
 * fields by their labels.
 */
record SubmissionChanges(String summary, Map<String, String> previousValues) {

    /** The review form's display field of the summary. */
    static final String VAR_SUMMARY = "submissionChanges";
    static final String FIRST_SUBMISSION = "首次提交";
    static final String UNCHANGED = "未作修改：与退回前相同";
    static final String EMPTY = "（未填写）";
    private static final String PREVIOUS = "previous";

    /** The review form's display field holding a field's value as it was returned: {@code theme} → {@code previousTheme}. */
    static String previousKey(String key) {
        return PREVIOUS + Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    static boolean isPreviousKey(String name) {
        return name.startsWith(PREVIOUS) && name.length() > PREVIOUS.length() && Character.isUpperCase(name.charAt(PREVIOUS.length()));
    }

    static SubmissionChanges first() {
        return new SubmissionChanges(FIRST_SUBMISSION, Map.of());
    }

    private static String stripped(String text) {
        return text == null ? null : text.strip();
    }

    /** Compares the fields of the returned submission with the new one; blank and missing count as the same, and so do surrounding blanks. */
    static SubmissionChanges between(List<FormField> fields, Map<String, Object> returned, Map<String, Object> submitted) {
        Map<String, String> previous = new LinkedHashMap<>();
        for (FormField field : fields) {
            String before = FormValues.text(returned.get(field.key()));
            if (!Objects.equals(stripped(before), stripped(FormValues.text(submitted.get(field.key()))))) {
                previous.put(field.key(), before == null ? EMPTY : before);
            }
        }
        String summary = previous.isEmpty() ? UNCHANGED : fields.stream().filter(f -> previous.containsKey(f.key()))
                .map(FormField::label).collect(Collectors.joining("、", "修改了：", ""));
        return new SubmissionChanges(summary, Map.copyOf(previous));
    }
}
