package cn.excellence.dutyreview;

import java.util.Date;
import java.util.List;

/**
 * What org-dept gives to open a round. Townships default to all nine, reviewers to the plenary
 * group; both lists hold codes and user ids.
 */
public record RoundRequest(Integer year, String title, List<String> townships, List<String> reviewers, Date reportDue,
        Date ratingDue) {
}
