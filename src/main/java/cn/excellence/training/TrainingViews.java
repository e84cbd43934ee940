package cn.excellence.training;

import java.math.BigDecimal;
import java.util.List;

/** What the training API answers. */
final class TrainingViews {

    private TrainingViews() {
    }

    record CourseView(long id, String topic, String place, String startDate, String endDate, BigDecimal hours, TrainingCategory category,
            String categoryLabel, String organizerCode, String organizerName, CourseStatus status, String statusLabel,
            String decisionNote, int personTimes) {
    }

    record AttendanceView(long id, Long memberId, String name, String identityNumber, String organizationCode, boolean external,
            BigDecimal hours) {
    }

    record CourseDetail(CourseView course, List<AttendanceView> attendance) {
    }

    record CategoryChoice(TrainingCategory category, String label) {
    }

    /** A member's training: person-times, hours, and each course attended. */
    record MemberTraining(long memberId, String name, String organizationCode, int personTimes, BigDecimal hours,
            List<MemberCourse> courses) {
    }

    record MemberCourse(long courseId, String topic, String startDate, TrainingCategory category, BigDecimal hours) {
    }

    /** Masks an identity number for lists: the first 6 and last 4 characters show. */
    static String masked(String identityNumber) {
        return identityNumber == null || identityNumber.length() < 10 ? identityNumber
                : identityNumber.substring(0, 6) + "********" + identityNumber.substring(identityNumber.length() - 4);
    }
}
