package cn.excellence.supervision;

import static cn.excellence.shared.jdbc.Rows.value;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.Reminders;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.jdbc.Rows;

/** The monthly reports of the responsible units and the spot checks: each step's input checked and recorded. */
@Service
public class MonitoringService {

    static final Duration REMINDER_LEAD = Duration.ofDays(2);
    static final Duration ESCALATION_AFTER = Duration.ofDays(3);

    private final JdbcClient jdbc;
    private final OrganizationService organizations;
    private final SupervisionService cycles;
    private final Reminders reminders;

    MonitoringService(JdbcClient jdbc, OrganizationService organizations, SupervisionService cycles, Reminders reminders) {
        this.reminders = reminders;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.cycles = cycles;
    }

    Map<String, Object> report(long id) {
        return jdbc.sql("select r.*, c.report_due from supervision_report r join supervision_cycle c on c.id = r.cycle_id where r.id = ?")
                .param(id).query().listOfRows().stream().findFirst().map(Rows::lowerCaseKeys).orElseThrow();
    }

    String name(String code) {
        return organizations.get(code).name();
    }

    @Transactional
    public void submit(long id, Object progress, Object problems, Object nextSteps, Object trained, Object visits) {
        Map<String, Object> report = report(id);
        boolean late = ClockUtil.getCurrentTime().after((Date) report.get("report_due"));
        jdbc.sql("""
                update supervision_report set status = 'SUBMITTED', progress = ?, problems = ?, next_steps = ?, members_trained = ?,
                visits_made = ?, submitted_at = ?, late = (late or ?) where id = ?""")
                .params(TextRules.required(progress, "工作进展", 5, 3000), TextRules.required(problems, "存在问题", 2, 3000),
                        TextRules.required(nextSteps, "下步打算", 5, 3000), count(trained, "本月培训党员"), count(visits, "本月走访"),
                        value(ClockUtil.getCurrentTime()), late, id).update();
    }

    private static int count(Object value, String label) {
        if (value instanceof Number n && n.doubleValue() == n.longValue() && n.longValue() >= 0 && n.longValue() <= 100_000) {
            return n.intValue();
        }
        throw new TaskInputException("“" + label + "”应为 0 到 100000 的整数。");
    }

    @Transactional
    public void markLate(long id) {
        jdbc.sql("update supervision_report set late = true where id = ? and status = 'AWAITING'").param(id).update();
    }

    @Transactional
    public void chase(long id, Object note) {
        TextRules.required(note, "催报情况", 2, 1000);
        jdbc.sql("update supervision_report set escalated = true where id = ?").param(id).update();
    }

    @Transactional
    public void review(long id, Object result, Object comment) {
        if (!"SATISFACTORY".equals(result) && !"FOLLOW_UP".equals(result)) {
            throw new TaskInputException("请选择审阅意见：满意（SATISFACTORY）或需跟进（FOLLOW_UP）。");
        }
        jdbc.sql("update supervision_report set review_result = ?, review_comment = ? where id = ?")
                .params(result, TextRules.required(comment, "审阅意见说明", 2, 1000), id).update();
    }

    Map<String, Object> spotCheck(long id) {
        return jdbc.sql("select * from spot_check where id = ?").param(id).query().listOfRows().stream().findFirst()
                .map(Rows::lowerCaseKeys).orElseThrow(() -> new TaskInputException("抽查 " + id + " 不存在。"));
    }

    /** Scores every checklist item (0–20) and records one finding per non-empty line; returns the number of findings. */
    @Transactional
    public int inspect(long id, List<Object> scores, Object notes, Object findings, Object days, String inspector) {
        Map<String, Object> check = spotCheck(id);
        List<String> items = List.of(((String) cycles.cycle(((Number) check.get("cycle_id")).longValue()).get("checklist")).split("\n"));
        int total = 0;
        jdbc.sql("delete from spot_check_score where spot_check_id = ?").param(id).update();
        for (int i = 0; i < items.size(); i++) {
            Object score = scores.get(i);
            if (!(score instanceof Number n) || n.doubleValue() != n.intValue() || n.intValue() < 0 || n.intValue() > 20) {
                throw new TaskInputException("“" + items.get(i) + "”的得分应为 0 到 20 的整数。");
            }
            total += n.intValue();
            jdbc.sql("insert into spot_check_score (spot_check_id, item, score) values (?, ?, ?)").params(id, items.get(i), n.intValue()).update();
        }
        String text = TextRules.optional(findings, "发现的问题", 3000);
        List<String> lines = text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.stream().anyMatch(l -> l.length() > 500) || lines.size() > 20) {
            throw new TaskInputException("问题最多 20 条，每条最多 500 字。");
        }
        int period = days == null ? 30 : count(days, "整改期限");
        if (period < 1 || period > 180) {
            throw new TaskInputException("整改期限应为 1 到 180 天。");
        }
        Date deadline = new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(period).toMillis());
        for (String line : lines) {
            jdbc.sql("insert into finding (spot_check_id, description, deadline, status) values (?, ?, ?, 'OPEN')")
                    .params(id, line, value(deadline)).update();
        }
        jdbc.sql("update spot_check set score = ?, notes = ?, inspector = ?, status = ? where id = ?")
                .params(total, TextRules.optional(notes, "抽查情况", 2000), inspector, lines.isEmpty() ? "CLOSED" : "RECTIFYING", id).update();
        return lines.size();
    }

    Date rectificationDue(long id) {
        return jdbc.sql("select max(deadline) from finding where spot_check_id = ?").param(id).query(Date.class).single();
    }

    String findingsText(long id) {
        return String.join("\n", jdbc.sql("select description from finding where spot_check_id = ? order by id").param(id).query(String.class).list());
    }

    @Transactional
    public void rectify(long id, Object report) {
        jdbc.sql("update spot_check set rectification = ?, status = 'VERIFYING' where id = ?")
                .params(TextRules.required(report, "整改情况", 5, 3000), id).update();
    }

    /** ACCEPT closes every finding; SEND_BACK (with reasons) returns the rectification. */
    @Transactional
    public void verify(long id, Object verification, Object comment) {
        if ("ACCEPT".equals(verification)) {
            jdbc.sql("update finding set status = 'ACCEPTED' where spot_check_id = ?").param(id).update();
            jdbc.sql("update spot_check set verify_comment = ? where id = ?").params(TextRules.optional(comment, "核验意见", 1000), id).update();
        } else if ("SEND_BACK".equals(verification)) {
            jdbc.sql("update spot_check set sent_back = sent_back + 1, status = 'RECTIFYING', verify_comment = ? where id = ?")
                    .params(TextRules.required(comment, "核验意见", 2, 1000), id).update();
        } else {
            throw new TaskInputException("请选择核验结论：通过（ACCEPT）或退回（SEND_BACK）。");
        }
    }

    @Transactional
    public void closeSpotCheck(long id) {
        jdbc.sql("update spot_check set status = 'CLOSED' where id = ?").param(id).update();
    }

    @Transactional
    public void markOverdue(long id) {
        jdbc.sql("update spot_check set overdue = true where id = ?").param(id).update();
    }

    @Transactional
    public void remind(String processInstanceId, String businessKey, String kind, String recipient, String message) {
        reminders.record(processInstanceId, businessKey, kind, recipient == null ? "org-dept" : recipient, message);
    }

    /** The month's bulletin (通报): on-time and late reports, escalations, spot-check scores, open findings. */
    public Bulletin bulletin(long cycleId) {
        Map<String, Object> cycle = cycles.cycle(cycleId);
        List<Map<String, Object>> reports = jdbc.sql("select * from supervision_report where cycle_id = ? order by id").param(cycleId)
                .query().listOfRows().stream().map(Rows::lowerCaseKeys).toList();
        List<Bulletin.SpotCheckLine> checks = new ArrayList<>();
        for (Map<String, Object> c : jdbc.sql("select * from spot_check where cycle_id = ? order by draw_order").param(cycleId).query()
                .listOfRows().stream().map(Rows::lowerCaseKeys).toList()) {
            long id = ((Number) c.get("id")).longValue();
            checks.add(new Bulletin.SpotCheckLine(id, (String) c.get("organization_code"), name((String) c.get("organization_code")),
                    integer(c.get("score")), (String) c.get("status"),
                    jdbc.sql("select count(*) from finding where spot_check_id = ?").param(id).query(Long.class).single(),
                    integer(c.get("sent_back"))));
        }
        return new Bulletin(cycleId, (String) cycle.get("period"), (String) cycle.get("status"),
                cycle.get("seed") == null ? null : ((Number) cycle.get("seed")).longValue(),
                names(reports, r -> "SUBMITTED".equals(r.get("status")) && !Boolean.TRUE.equals(r.get("late"))),
                names(reports, r -> Boolean.TRUE.equals(r.get("late"))),
                names(reports, r -> Boolean.TRUE.equals(r.get("escalated"))),
                names(reports, r -> !"SUBMITTED".equals(r.get("status"))),
                names(reports, r -> "FOLLOW_UP".equals(r.get("review_result"))),
                checks,
                jdbc.sql("""
                        select f.description from finding f join spot_check s on s.id = f.spot_check_id
                        where s.cycle_id = ? and f.status = 'OPEN' order by f.id""").param(cycleId).query(String.class).list());
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private List<String> names(List<Map<String, Object>> reports, java.util.function.Predicate<Map<String, Object>> which) {
        return reports.stream().filter(which).map(r -> name((String) r.get("unit_code"))).toList();
    }
}
