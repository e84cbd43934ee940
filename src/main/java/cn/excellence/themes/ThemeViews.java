package cn.excellence.themes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the themes API answers with. */
final class ThemeViews {

    private ThemeViews() {
    }

    /** A campaign year as listed. */
    record YearView(int year, String status, String statusLabel, Instant deadline, Instant reminderAt, String openedBy, Instant openedAt,
            Instant completedAt) {

        static YearView of(ThemeYear y) {
            return new YearView(y.year(), y.status(), y.completed() ? "已全覆盖，年度结束" : "登记中", y.deadline(), y.reminderAt(), y.openedBy(),
                    y.openedAt(), y.completedAt());
        }
    }

    /** One organization's theme and carrier for the year. */
    record RegistrationView(long id, int year, String organizationCode, String organizationName, String townshipCode, String sector,
            String sectorLabel, String status, String statusLabel, String theme, String carrier, String measures, String reviewNote, boolean late,
            String secretary, String reviewer, Instant submittedAt, Instant approvedAt) {

        static RegistrationView of(ThemeRegistration r) {
            return new RegistrationView(r.id(), r.year(), r.organizationCode(), r.organizationName(), r.townshipCode(), r.sector(),
                    SectorLabels.of(r.sector()), r.status().name(), r.status().label(), r.theme(), r.carrier(), r.measures(), r.reviewNote(), r.late(),
                    r.secretary(), r.reviewer() == null ? "旗委组织部" : r.reviewer(), r.submittedAt(), r.approvedAt());
        }
    }

    /** What a secretary registers through the API (the same rules as the task's form). */
    record RegisterRequest(String theme, String carrier, String measures) {
    }

    /** What org-dept opens: the year and the last day of registration (yyyy-MM-dd). */
    record OpenYearRequest(Integer year, String deadline) {
    }

    /** Coverage of one township, sector or the whole: organizations, registered (a theme entered), approved (covered), percent approved. */
    record Totals(String code, String name, long organizations, long registered, long approved, BigDecimal percent) {
    }

    /** An organization without an approved theme. */
    record Uncovered(String organizationCode, String organizationName, String townshipCode, String sectorLabel, String status, String statusLabel,
            boolean late, String secretary) {
    }

    record Coverage(int year, String yearStatus, Instant deadline, Totals total, List<Totals> townships, List<Totals> sectors,
            List<Uncovered> uncovered) {
    }
}
