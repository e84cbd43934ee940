package cn.excellence.orgchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;

/**
 * The rules of a first committee election: more than half of the entitled electors present (到会人数过半), a candidate
 * elected with the votes of more than half of the electors present, no candidate with more votes than electors present,
 * one 书记 among the elected, an office only for an elected candidate.
 */
final class ElectionRules {

    static final int MAX_CANDIDATES = 50;

    private ElectionRules() {
    }

    /** One line of the candidates: member id, votes and the office proposed (null: none; an elected one then is 委员). */
    record Ballot(long memberId, int votes, CommitteeOffice office) {
    }

    static void checkQuorum(int entitled, int present) {
        if (entitled < 1) {
            throw new TaskInputException("“应到选举人数”至少为 1。");
        }
        if (present > entitled) {
            throw new TaskInputException("实到选举人 " + present + " 人，不能多于应到的 " + entitled + " 人。");
        }
        if (present * 2 <= entitled) {
            throw new TaskInputException("实到选举人 " + present + " 人，未超过应到 " + entitled + " 人的半数，选举无效，请另行组织选举。");
        }
    }

    /** The candidates, one a line: "党员编号 得票数 职务", e.g. "1203 38 书记"; 职务 书记/副书记/委员, or left out. */
    static List<Ballot> parse(Object text, int present) {
        String lines = TextRules.required(text, "候选人及得票", 1, 4000);
        List<Ballot> ballots = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        int number = 0;
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            number++;
            Ballot ballot = ballot(line.strip(), number, present);
            if (!seen.add(ballot.memberId())) {
                throw new TaskInputException("第 " + number + " 行：党员编号 " + ballot.memberId() + " 重复。");
            }
            ballots.add(ballot);
        }
        if (ballots.size() > MAX_CANDIDATES) {
            throw new TaskInputException("候选人最多 " + MAX_CANDIDATES + " 名，当前 " + ballots.size() + " 名。");
        }
        long secretaries = ballots.stream().filter(b -> elected(b.votes(), present) && b.office() == CommitteeOffice.SECRETARY).count();
        if (secretaries != 1) {
            throw new TaskInputException("当选人中应有且只有 1 名书记，当前 " + secretaries + " 名。");
        }
        return ballots;
    }

    private static Ballot ballot(String line, int number, int present) {
        String[] parts = line.split("[\\s,，、]+");
        if (parts.length < 2 || parts.length > 3) {
            throw new TaskInputException("第 " + number + " 行“" + TextRules.abbreviate(line) + "”格式不正确，应为“党员编号 得票数 职务”，如“1203 38 书记”。");
        }
        long memberId;
        int votes;
        try {
            memberId = Long.parseLong(parts[0]);
            votes = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new TaskInputException("第 " + number + " 行：党员编号和得票数应为整数，如“1203 38 书记”。");
        }
        if (votes < 0) {
            throw new TaskInputException("第 " + number + " 行：得票数不能为负数。");
        }
        if (votes > present) {
            throw new TaskInputException("第 " + number + " 行：党员 " + memberId + " 得票 " + votes + " 张，超过实到选举人 " + present + " 人。");
        }
        CommitteeOffice office = null;
        if (parts.length == 3) {
            office = CommitteeOffice.ofLabel(parts[2]).orElseThrow(() -> new TaskInputException(
                    "第 " + number + " 行：职务“" + TextRules.abbreviate(parts[2]) + "”无效，应为书记、副书记或委员。"));
            if (!elected(votes, present)) {
                throw new TaskInputException("第 " + number + " 行：党员 " + memberId + " 得票 " + votes + " 张，未超过实到选举人 " + present
                        + " 人的半数，未当选，不能担任" + office.label() + "。");
            }
        }
        return new Ballot(memberId, votes, office);
    }

    static boolean elected(int votes, int present) {
        return votes * 2 > present;
    }
}
