package cn.excellence.visits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A visit as a leader or org-dept records it: date, the activity and group it belongs to (optional), the organization, the
 * leaders taking part, what was done (codes of {@link VisitActivity}), the help given and the members visited, each with the
 * 慰问金 paid (yuan, optional).
 */
record VisitRequest(LocalDate date, Long activityId, String group, String organizationCode, List<String> leaderIds,
        List<String> activities, String helpGiven, List<MemberRequest> members) {

    record MemberRequest(Long memberId, BigDecimal reliefYuan) {
    }
}
