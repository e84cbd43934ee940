package cn.excellence.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SubmissionChangesTests {

    private static final List<FormField> FIELDS = List.of(field("theme", "活动主题/载体"), field("achievements", "工作成效"),
            field("problems", "存在问题"), field("notes", "备注"));

    @Test
    void namesTheChangedFieldsInFormOrderAndKeepsTheirReturnedValues() {
        SubmissionChanges changes = SubmissionChanges.between(FIELDS, Map.of("theme", "主题", "achievements", "旧成效", "problems", "旧问题"),
                Map.of("theme", "主题", "achievements", "新成效", "problems", "新问题"));
        assertThat(changes.summary()).isEqualTo("修改了：工作成效、存在问题");
        assertThat(changes.previousValues()).containsOnly(Map.entry("achievements", "旧成效"), Map.entry("problems", "旧问题"));
    }

    @Test
    void aFieldFilledInForTheFirstTimeShowsItWasEmptyAndBlanksCountAsEmpty() {
        Map<String, Object> returned = new HashMap<>(Map.of("theme", "主题"));
        returned.put("notes", null);
        SubmissionChanges changes = SubmissionChanges.between(FIELDS, returned, Map.of("theme", " 主题 ", "problems", "  ", "notes", "补充说明"));
        assertThat(changes.summary()).isEqualTo("修改了：备注");
        assertThat(changes.previousValues()).containsOnly(Map.entry("notes", "（未填写）"));
    }

    @Test
    void nothingChangedAndFirstSubmissionSayNoMore() {
        assertThat(SubmissionChanges.between(FIELDS, Map.of("theme", "主题"), Map.of("theme", "主题")).summary()).isEqualTo("未作修改：与退回前相同");
        assertThat(SubmissionChanges.first().summary()).isEqualTo("首次提交");
        assertThat(SubmissionChanges.first().previousValues()).isEmpty();
    }

    @Test
    void previousKeysFollowTheFieldKeys() {
        assertThat(SubmissionChanges.previousKey("nextPlans")).isEqualTo("previousNextPlans");
        assertThat(SubmissionChanges.isPreviousKey("previousNextPlans")).isTrue();
        assertThat(SubmissionChanges.isPreviousKey("previous")).isFalse();
        assertThat(SubmissionChanges.isPreviousKey("previously")).isFalse();
    }

    private static FormField field(String key, String label) {
        return new FormField(key, label, "textarea", false, null, 3000, null, null, List.of());
    }
}
