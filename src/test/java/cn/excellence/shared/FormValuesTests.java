package cn.excellence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

class FormValuesTests {

    @Test
    void idsComeFromAChecklistAListOrCommaSeparatedText() {
        assertThat(FormValues.ids(Spin.JSON("[3, \"1\", 3]"), "推荐编号")).containsExactly(3L, 1L);
        assertThat(FormValues.ids("[\"7\",\"8\"]", "推荐编号")).containsExactly(7L, 8L);
        assertThat(FormValues.ids(List.of(5, 6L), "推荐编号")).containsExactly(5L, 6L);
        assertThat(FormValues.ids(" 2, 4 ,2", "推荐编号")).containsExactly(2L, 4L);
        assertThat(FormValues.ids(null, "推荐编号")).isEmpty();
        assertThat(FormValues.ids("  ", "推荐编号")).isEmpty();
    }

    @Test
    void anIdThatIsNoNumberIsRefusedByName() {
        assertThatThrownBy(() -> FormValues.ids("1,x", "推荐编号")).isInstanceOf(TaskInputException.class).hasMessage("“x”不是有效的推荐编号。");
        assertThatThrownBy(() -> FormValues.ids("[1.5]", "推荐编号")).isInstanceOf(TaskInputException.class).hasMessage("“1.5”不是有效的推荐编号。");
        assertThatThrownBy(() -> FormValues.ids("[1,", "推荐编号")).isInstanceOf(TaskInputException.class).hasMessage("“推荐编号”应为一组选项。");
    }

    @Test
    void listsAreSplitAtTheirSeparatorAndStripped() {
        assertThat(FormValues.list("wulashan, xixiaozhao,,", ",", "苏木镇")).containsExactly("wulashan", "xixiaozhao");
        assertThat(FormValues.list("组织生活规范\n 阵地建设 \n", "\n", "检查清单")).containsExactly("组织生活规范", "阵地建设");
        assertThat(FormValues.list(List.of(" a ", "b"), ",", "苏木镇")).containsExactly("a", "b");
        assertThat(FormValues.list("", ",", "苏木镇")).isNull();
    }

    @Test
    void aDayIsADeadlineAtOfficeCloseOrAtTheEndOfTheDayBeijingTime() {
        assertThat(FormValues.deadline("2026-07-15", "截止日期").toInstant()).isEqualTo(Instant.parse("2026-07-15T09:00:00Z"));
        assertThat(FormValues.endOfDay("2026-12-15", "推荐截止日期").toInstant()).isEqualTo(Instant.parse("2026-12-15T15:59:59Z"));
        Date given = new Date(0);
        assertThat(FormValues.endOfDay(given, "推荐截止日期")).isSameAs(given);
        assertThat(FormValues.endOfDay(" ", "推荐截止日期")).isNull();
        assertThatThrownBy(() -> FormValues.endOfDay("下周五", "推荐截止日期")).isInstanceOf(TaskInputException.class)
                .hasMessage("“推荐截止日期”应为日期，如 2026-07-15。");
    }

    @Test
    void aDayIsReadAsTheFormSendsItOrFromTheDateARestClientSentInBeijing() {
        assertThat(FormValues.day("2010-07-01", "基准日期")).isEqualTo(java.time.LocalDate.of(2010, 7, 1));
        assertThat(FormValues.day(Date.from(Instant.parse("2010-06-30T16:30:00Z")), "基准日期")).isEqualTo(java.time.LocalDate.of(2010, 7, 1));
        assertThat(FormValues.day("", "基准日期")).isNull();
        assertThatThrownBy(() -> FormValues.day("七月一日", "基准日期")).isInstanceOf(TaskInputException.class)
                .hasMessage("“基准日期”应为日期，如 2026-07-15。");
    }

    @Test
    void aDateTimeMayCarryAnOffsetOrMeanBeijingTime() {
        assertThat(FormValues.dateTime("2026-06-24T17:00+08:00", "评议截止时间").toInstant()).isEqualTo(Instant.parse("2026-06-24T09:00:00Z"));
        assertThat(FormValues.dateTime("2026-06-24T17:00", "评议截止时间").toInstant()).isEqualTo(Instant.parse("2026-06-24T09:00:00Z"));
        assertThat(FormValues.dateTime("2026-06-24", "评议截止时间").toInstant()).isEqualTo(Instant.parse("2026-06-24T09:00:00Z"));
        assertThat(FormValues.dateTime(null, "评议截止时间")).isNull();
        assertThatThrownBy(() -> FormValues.dateTime("下周一", "评议截止时间")).isInstanceOf(TaskInputException.class)
                .hasMessage("“评议截止时间”的格式不正确，应为如 2026-06-24T17:00 的日期时间。");
        assertThatThrownBy(() -> FormValues.dateTime("2026-02-30", "评议截止时间")).isInstanceOf(TaskInputException.class)
                .hasMessage("“评议截止时间”应为日期，如 2026-07-15。");
    }
}
