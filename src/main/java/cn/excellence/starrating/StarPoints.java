package cn.excellence.starrating;

/**
 * A member's points (0–100): the entered criteria scores, the 功劳簿's residents' points capped by its item (never below
 * 0), and the 民主评议 votes worth {@value StarScale#DEMOCRATIC_POINTS} points at most: 好 counts fully, 较好 80%, 一般
 * 60%, 差 nothing, rounded half up.
 */
public final class StarPoints {

    private StarPoints() {
    }

    public static int of(ScoreRow row, int serviceBookMax, int residentPoints) {
        int criteria = row.itemScores().stream().mapToInt(Integer::intValue).sum();
        int serviceBook = Math.min(serviceBookMax, Math.max(0, residentPoints));
        return criteria + serviceBook + democratic(row.votesGood(), row.votesFair(), row.votesAverage(), row.votesPoor());
    }

    static int democratic(int good, int fair, int average, int poor) {
        long votes = (long) good + fair + average + poor;
        if (votes == 0) {
            return 0;
        }
        long weighted = StarScale.DEMOCRATIC_POINTS * (100L * good + 80L * fair + 60L * average);
        long denominator = 100L * votes;
        return (int) ((2 * weighted + denominator) / (2 * denominator));
    }
}
