package cn.excellence.notification;

import java.net.URI;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.jdbc.Rows;

/** The group robots (群机器人) of the organizations: one WeCom or DingTalk webhook per organization. */
@Component
class Webhooks {

    /** The kind of robot; both take the same JSON text message. */
    enum Robot {
        WECOM, DINGTALK
    }

    record Webhook(String organizationCode, Robot robot, String url) {
    }

    private final JdbcClient jdbc;

    Webhooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which of these organizations have a group robot, in one query (none asked, none read). */
    Set<String> existing(Collection<String> organizationCodes) {
        List<String> codes = List.copyOf(new LinkedHashSet<>(organizationCodes));
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < codes.size(); from += 500) {
            existing.addAll(jdbc.sql("select organization_code from notification_webhook where organization_code in (:codes)")
                    .param("codes", codes.subList(from, Math.min(codes.size(), from + 500))).query(String.class).list());
        }
        return existing;
    }

    Optional<Webhook> find(String organizationCode) {
        return jdbc.sql("select organization_code, robot, url from notification_webhook where organization_code = ?").param(organizationCode)
                .query((rs, n) -> new Webhook(rs.getString(1), Robot.valueOf(rs.getString(2)), rs.getString(3))).optional();
    }

    List<Webhook> all() {
        return jdbc.sql("select organization_code, robot, url from notification_webhook order by organization_code")
                .query((rs, n) -> new Webhook(rs.getString(1), Robot.valueOf(rs.getString(2)), rs.getString(3))).list();
    }

    @Transactional
    Webhook save(String organizationCode, Object robot, Object url, String by) {
        Robot kind = TextRules.choice(robot, Robot.class, "机器人类型");
        String address = checkedUrl(TextRules.required(url, "机器人地址（Webhook）", 10, 500));
        jdbc.sql("delete from notification_webhook where organization_code = ?").param(organizationCode).update();
        jdbc.sql("insert into notification_webhook (organization_code, robot, url, updated_by, updated_at) values (?, ?, ?, ?, ?)")
                .params(organizationCode, kind.name(), address, by, Rows.value(ClockUtil.getCurrentTime())).update();
        return new Webhook(organizationCode, kind, address);
    }

    @Transactional
    boolean delete(String organizationCode) {
        return jdbc.sql("delete from notification_webhook where organization_code = ?").param(organizationCode).update() > 0;
    }

    private static String checkedUrl(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null || uri.getUserInfo() != null) {
                throw new IllegalArgumentException(url);
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            throw new TaskInputException("机器人地址（Webhook）须是以 https:// 或 http:// 开头的完整网址，例如企业微信或钉钉群机器人的地址。");
        }
    }
}
