package cn.excellence.training;

import java.math.BigDecimal;

/** One attendee: a roster member by id, or by name and identity number (a non-member attends as an external attendee); hours blank: the course's. */
record AttendanceRequest(Long memberId, String name, String identityNumber, BigDecimal hours) {
}
