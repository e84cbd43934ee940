package cn.excellence.orgchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.excellence.shared.TaskInputException;

/** The first committee election's rules: quorum, majority of the electors present, one 书记, offices only for the elected. */
class ElectionRulesTests {

    @Test
    void moreThanHalfOfTheEntitledElectorsMustBePresent() {
        ElectionRules.checkQuorum(60, 31);
        assertThatThrownBy(() -> ElectionRules.checkQuorum(60, 30)).isInstanceOf(TaskInputException.class).hasMessageContaining("未超过应到 60 人的半数");
        assertThatThrownBy(() -> ElectionRules.checkQuorum(60, 61)).hasMessageContaining("不能多于应到");
        assertThatThrownBy(() -> ElectionRules.checkQuorum(0, 0)).hasMessageContaining("至少为 1");
    }

    @Test
    void aCandidateIsElectedWithMoreThanHalfOfTheVotesOfThosepresent() {
        assertThat(ElectionRules.elected(27, 52)).isTrue();
        assertThat(ElectionRules.elected(26, 52)).isFalse();
        var ballots = ElectionRules.parse("101 50 书记\n102，30，副书记\n\n103 27\n104 3", 52);
        assertThat(ballots).extracting(ElectionRules.Ballot::memberId).containsExactly(101L, 102L, 103L, 104L);
        assertThat(ballots.get(1).office()).isEqualTo(CommitteeOffice.DEPUTY_SECRETARY);
        assertThat(ballots.get(2).office()).isNull();
    }

    @Test
    void malformedLinesAndBrokenRulesAreRefusedInChinese() {
        assertThatThrownBy(() -> ElectionRules.parse("101 53 书记", 52)).hasMessageContaining("超过实到选举人 52 人");
        assertThatThrownBy(() -> ElectionRules.parse("101 50 书记\n102 20 委员", 52)).hasMessageContaining("未当选");
        assertThatThrownBy(() -> ElectionRules.parse("101 50 委员", 52)).hasMessageContaining("1 名书记");
        assertThatThrownBy(() -> ElectionRules.parse("101 50 书记\n102 40 书记", 52)).hasMessageContaining("1 名书记");
        assertThatThrownBy(() -> ElectionRules.parse("101 50 主席", 52)).hasMessageContaining("职务“主席”无效");
        assertThatThrownBy(() -> ElectionRules.parse("张三 50 书记", 52)).hasMessageContaining("应为整数");
        assertThatThrownBy(() -> ElectionRules.parse("101", 52)).hasMessageContaining("格式不正确");
        assertThatThrownBy(() -> ElectionRules.parse("101 -1", 52)).hasMessageContaining("负数");
        assertThatThrownBy(() -> ElectionRules.parse(" ", 52)).hasMessageContaining("候选人及得票");
        assertThatThrownBy(() -> ElectionRules.parse("101 50 书记\n101 3", 52)).hasMessageContaining("重复");
        StringBuilder many = new StringBuilder("1 50 书记\n");
        for (int i = 2; i <= 51; i++) {
            many.append(i).append(" 1\n");
        }
        assertThatThrownBy(() -> ElectionRules.parse(many.toString(), 52)).hasMessageContaining("最多 50 名");
    }
}
