package cn.excellence.starrating;

import java.util.List;

/**
 * One member's line of a branch's scoring sheet: takes part or not, a score per entered criterion (null: not yet), the
 * 民主评议 votes (好/较好/一般/差), then what the rating made of it: points, the proposed and the final stars.
 */
public record ScoreRow(long memberId, String memberName, boolean participating, List<Integer> itemScores, Integer votesGood,
        Integer votesFair, Integer votesAverage, Integer votesPoor, Integer points, Integer proposedStars, Integer stars,
        String adjustReason, String withdrawnReason) {

    /** Every entered item scored and at least one vote cast. */
    public boolean complete(int items) {
        return itemScores != null && itemScores.size() == items && itemScores.stream().allMatch(s -> s != null)
                && votesGood != null && votesFair != null && votesAverage != null && votesPoor != null
                && votesGood + votesFair + votesAverage + votesPoor > 0;
    }
}
