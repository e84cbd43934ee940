package cn.excellence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTests {

    private static final String DEEDS = "带领党员群众发展特色产业，服务群众成效明显。";

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u200B\u200B\u200B", "\uFEFF\u200F\u200E", "\u200C\u200D\u2060", "\u202A\u202B\u202C\u202D\u202E",
            "\u2066\u2067\u2068\u2069", "\u00AD\u3000\u00A0", "\n\t\r \u200B"})
    void textWithNothingVisibleIsMissing(String invisible) {
        assertThatThrownBy(() -> TextRules.required(invisible, "事迹", 1, 100))
                .isInstanceOf(TaskInputException.class).hasMessage("请填写“事迹”。");
        assertThat(TextRules.optional(invisible, "备注", 100)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "事迹\u0000事迹事迹", "\u0007响铃", "退格\b", "\u001B[31m红色", "\u007F删除", "\u0085下一行", "\u200B\u0000"})
    void controlCharactersAreRefusedWithTheirOwnMessage(String text) {
        String expected = "“事迹”含有不可见的控制字符，请删除后重试。";
        assertThatThrownBy(() -> TextRules.required(text, "事迹", 1, 100)).isInstanceOf(TaskInputException.class).hasMessage(expected);
        assertThatThrownBy(() -> TextRules.optional(text, "事迹", 100)).isInstanceOf(TaskInputException.class).hasMessage(expected);
    }

    @Test
    void newlinesTabsAndCarriageReturnsAreText() {
        assertThat(TextRules.required("第一段\r\n\t第二段", "事迹", 2, 100)).isEqualTo("第一段\r\n\t第二段");
    }

    @Test
    void zeroWidthPaddingDoesNotCountTowardsTheMinimum() {
        assertThatThrownBy(() -> TextRules.required("短" + "\u200B".repeat(30), "事迹", 20, 100))
                .isInstanceOf(TaskInputException.class).hasMessage("“事迹”至少需要 20 个字。");
    }

    @Test
    void visibleTextIsTrimmedAndKept() {
        assertThat(TextRules.required("  " + DEEDS + "  ", "事迹", 10, 100)).isEqualTo(DEEDS);
        assertThat(TextRules.required("\u200F" + DEEDS, "事迹", 10, 100)).isEqualTo("\u200F" + DEEDS);
        assertThat(TextRules.optional(null, "备注", 100)).isNull();
    }

    @Test
    void lengthAndTypeAreChecked() {
        assertThatThrownBy(() -> TextRules.required("长".repeat(101), "事迹", 1, 100)).hasMessage("“事迹”最多 100 个字，当前 101 个字。");
        assertThatThrownBy(() -> TextRules.required(42, "事迹", 1, 100)).hasMessage("“事迹”应为文字。");
        assertThatThrownBy(() -> TextRules.required(null, "事迹", 1, 100)).hasMessage("请填写“事迹”。");
    }
}
