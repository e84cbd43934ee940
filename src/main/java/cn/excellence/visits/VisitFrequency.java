package cn.excellence.visits;

import java.time.LocalDate;

/** How often a leader visits a contact point (联系点). */
enum VisitFrequency {
    MONTHLY("每月", 1),
    QUARTERLY("每季度", 3),
    HALF_YEARLY("每半年", 6),
    YEARLY("每年", 12);

    private final String label;
    private final int months;

    VisitFrequency(String label, int months) {
        this.label = label;
        this.months = months;
    }

    String label() {
        return label;
    }

    LocalDate after(LocalDate date) {
        return date.plusMonths(months);
    }
}
