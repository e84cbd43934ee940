package cn.excellence.notification;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.notification.NotificationPreferences.Preferences;
import cn.excellence.notification.Webhooks.Webhook;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.Groups;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.jdbc.Rows;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/notification")
@Tag(name = "通知设置", description = "个人通知偏好、各组织的群机器人、投递失败的通知")
class NotificationSettingsController {

    /** A group robot to set: WECOM or DINGTALK, and its webhook address. */
    record WebhookBody(String robot, String url) {
    }

    /** A notification that could not be delivered after every attempt. */
    record FailedDelivery(long id, String channel, String recipient, String target, String title, int attempts, String lastError,
            OffsetDateTime createdAt) {
    }

    private final NotificationPreferences preferences;
    private final Webhooks webhooks;
    private final OrganizationService organizations;
    private final JdbcClient jdbc;

    NotificationSettingsController(NotificationPreferences preferences, Webhooks webhooks, OrganizationService organizations,
            JdbcClient jdbc) {
        this.preferences = preferences;
        this.webhooks = webhooks;
        this.organizations = organizations;
        this.jdbc = jdbc;
    }

    @GetMapping("/preferences")
    @Operation(summary = "我的通知偏好")
    Preferences myPreferences() {
        return preferences.of(CurrentUser.get().userId());
    }

    @PutMapping("/preferences")
    @Operation(summary = "设置我的通知偏好：邮件、每日汇总、免打扰时段（北京时间 HH:mm）")
    Preferences setPreferences(@RequestBody Preferences body) {
        return preferences.save(CurrentUser.get().userId(), body);
    }

    @GetMapping("/webhooks")
    @Operation(summary = "各组织的群机器人（组织部）")
    List<Webhook> allWebhooks() {
        orgDeptOnly();
        return webhooks.all();
    }

    @PutMapping("/webhooks/{organizationCode}")
    @Operation(summary = "设置一个组织的企业微信或钉钉群机器人（组织部）")
    Webhook setWebhook(@PathVariable String organizationCode, @RequestBody WebhookBody body) {
        CurrentUser user = orgDeptOnly();
        String code = organization(organizationCode);
        return webhooks.save(code, body.robot(), body.url(), user.userId());
    }

    @DeleteMapping("/webhooks/{organizationCode}")
    @Operation(summary = "删除一个组织的群机器人（组织部）")
    ResponseEntity<Void> deleteWebhook(@PathVariable String organizationCode) {
        orgDeptOnly();
        if (!webhooks.delete(organization(organizationCode))) {
            throw ApiException.notFound("该组织没有设置群机器人。");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/failed")
    @Operation(summary = "多次重试仍未送达的通知（组织部、平台管理员）")
    List<FailedDelivery> failed() {
        CurrentUser user = CurrentUser.get();
        if (!user.isMemberOf(Groups.ORG_DEPT) && !user.isMemberOf(Groups.CAMUNDA_ADMIN)) {
            throw ApiException.forbidden("只有旗委组织部或平台管理员可以查看投递失败的通知。");
        }
        return jdbc.sql("select * from notification_outbox where status = 'FAILED' order by id desc fetch first 200 rows only")
                .query((rs, n) -> new FailedDelivery(rs.getLong("id"), rs.getString("channel"), rs.getString("recipient"), rs.getString("target"),
                        rs.getString("title"), rs.getInt("attempts"), rs.getString("last_error"),
                        Rows.instant(rs, "created_at").atZone(WorkingDayCalendar.ZONE).toOffsetDateTime())).list();
    }

    private static CurrentUser orgDeptOnly() {
        CurrentUser user = CurrentUser.get();
        if (!user.isMemberOf(Groups.ORG_DEPT)) {
            throw ApiException.forbidden("只有旗委组织部可以管理群机器人。");
        }
        return user;
    }

    private String organization(String code) {
        return organizations.find(code).orElseThrow(() -> ApiException.notFound("没有找到组织“" + TextRules.abbreviate(code) + "”。")).code();
    }
}
