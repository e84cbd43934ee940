package cn.excellence.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What changed between two versions, in words an administrator reads in the audit and the modeler. */
class ModelDiffTests {

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void namesTheAddedRemovedAndChangedElements() {
        ModelDiff diff = ModelDiff.between(bytes(ProcessModelApiTests.version(1)), bytes(ProcessModelApiTests.version(2)));
        assertThat(diff.added()).contains("Task_Third");
        assertThat(diff.removed()).contains("Task_Second");
        assertThat(diff.changed()).contains("Task_First");
        assertThat(diff.summary()).startsWith("新增 ").contains("Task_Third", "；删除 ", "Task_Second", "；修改 ", "Task_First")
                .doesNotContain("[");
    }

    @Test
    void saysSoWhenNothingChanged() {
        String same = ProcessModelApiTests.version(1);
        assertThat(ModelDiff.between(bytes(same), bytes(same)).summary()).isEqualTo("元素没有变化");
    }
}
