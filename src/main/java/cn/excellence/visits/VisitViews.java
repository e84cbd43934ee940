package cn.excellence.visits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the visits API answers. */
final class VisitViews {

    private VisitViews() {
    }

    record ContactPointView(long id, String leaderId, String organizationCode, String organizationName, LocalDate since,
            String frequency, String frequencyLabel) {
    }

    record CalendarEntry(long contactPointId, String leaderId, String organizationCode, String organizationName,
            String frequencyLabel, LocalDate lastVisit, LocalDate nextDue, boolean overdue) {
    }

    record MemberVisited(long memberId, String name, String organizationCode, BigDecimal reliefYuan) {
    }

    record PhotoView(long id, String fileName, String contentType, int size) {
    }

    record VisitView(long id, LocalDate date, Long activityId, String group, String organizationCode, String organizationName,
            List<String> leaderIds, List<String> activities, String helpGiven, List<MemberVisited> members, List<PhotoView> photos,
            String recordedBy, Instant recordedAt) {
    }

    record VisitSummary(long id, LocalDate date, String group, String organizationCode, String organizationName,
            List<String> leaderIds, List<String> activities, int members, BigDecimal reliefYuan) {
    }

    record GroupPlan(String group, List<ContactPointView> contactPoints, List<Long> visitIds) {
    }

    record ActivityView(long id, String title, LocalDate date, List<GroupPlan> groups) {
    }

    record Choice(String code, String label) {
    }
}
