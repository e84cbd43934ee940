package cn.excellence.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A training course (培训班): topic, dates, place, hours, category and the organizing organization. */
record Course(long id, String topic, String place, LocalDate startDate, LocalDate endDate, BigDecimal hours, TrainingCategory category,
        String organizerCode, String townshipCode, CourseStatus status, String decisionNote, String proposedBy, Instant updatedAt) {

    int year() {
        return startDate.getYear();
    }
}
