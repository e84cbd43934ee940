package cn.excellence.themes;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.Groups;
import cn.excellence.shared.Reminders;
import cn.excellence.shared.calendar.WorkingDayCalendar;

/** Before the deadline, one reminder per secretary (org-dept where an organization has none) with what they still have to register. */
@Component
class ThemeReminders {

    static final String KIND = "THEME_DUE";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(WorkingDayCalendar.ZONE);
    private static final int NAMES_SHOWN = 5;

    private final ThemeRepository repository;
    private final ThemeService themes;
    private final Reminders reminders;

    ThemeReminders(ThemeRepository repository, ThemeService themes, Reminders reminders) {
        this.repository = repository;
        this.themes = themes;
        this.reminders = reminders;
    }

    /** The reminders sent: one per recipient with open registrations (not registered, or returned). */
    @Transactional
    public int remind(int year, String processInstanceId, String businessKey) {
        ThemeYear campaign = themes.year(year);
        Map<String, List<ThemeRegistration>> open = repository.ofYear(year).stream()
                .filter(r -> r.status() == ThemeStatus.UNREGISTERED || r.status() == ThemeStatus.RETURNED)
                .collect(Collectors.groupingBy(r -> r.secretary() == null ? Groups.ORG_DEPT : r.secretary(), LinkedHashMap::new, Collectors.toList()));
        open.forEach((recipient, registrations) -> {
            String names = registrations.stream().limit(NAMES_SHOWN).map(ThemeRegistration::organizationName).collect(Collectors.joining("、"));
            String more = registrations.size() > NAMES_SHOWN ? "等" : "";
            reminders.record(processInstanceId, businessKey, KIND, recipient, "您还有 " + registrations.size() + " 个党组织（" + names + more + "）的 "
                    + year + " 年度活动主题和载体尚未登记或被退回待修改，截止日期 " + DAY.format(campaign.deadline()) + "。");
        });
        return open.size();
    }
}
