package cn.excellence.training;

import java.math.BigDecimal;

/** One person-time of training: a roster member ({@code memberId}) or an external attendee (no member id), with the hours. */
record Attendance(long id, long courseId, Long memberId, String identityNumber, String name, String organizationCode,
        String townshipCode, BigDecimal hours) {
}
