package cn.excellence.themes;

import java.time.Instant;

/**
 * One organization's theme and carrier in a campaign year: who registers it (the organization's nearest secretary),
 * who reviews it ({@code reviewer} null: org-dept), where it stands and whether it was late.
 */
public record ThemeRegistration(long id, int year, String organizationCode, String organizationName, String townshipCode, String sector,
        String secretary, String reviewer, ThemeStatus status, String theme, String carrier, String measures, String reviewNote, boolean late,
        Instant submittedAt, Instant approvedAt, Instant updatedAt, String processInstanceId) {
}
