package cn.excellence.notification;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring Mail to the address the user has in the engine's identity service; off (nothing sent, the row
 * is skipped) when no mail host is configured ({@code spring.mail.host}).
 */
@Component
class MailDelivery {

    private final ObjectProvider<JavaMailSender> sender;
    private final EngineIdentity identity;
    private final NotificationProperties properties;

    MailDelivery(ObjectProvider<JavaMailSender> sender, EngineIdentity identity, NotificationProperties properties) {
        this.sender = sender;
        this.identity = identity;
        this.properties = properties;
    }

    boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /** Sends one mail; false when there is nothing to send it with or to (no mail host, no address). */
    boolean send(String recipient, String subject, String text) {
        JavaMailSender mail = sender.getIfAvailable();
        String address = identity.emailOf(recipient).orElse(null);
        if (mail == null || address == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(address);
        message.setSubject(subject);
        message.setText(text);
        mail.send(message);
        return true;
    }

    boolean send(OutboxRow row) {
        return send(row.recipient(), "【创先争优】" + row.title(), row.body() + "\n\n打开：" + properties.baseUrl() + row.link());
    }

    boolean sendDigest(String recipient, List<OutboxRow> rows) {
        String text = rows.stream().map(r -> "· " + r.title() + "\n  " + r.body() + "\n  打开：" + properties.baseUrl() + r.link())
                .collect(Collectors.joining("\n\n"));
        return send(recipient, "【创先争优】每日汇总：" + rows.size() + " 条通知", text);
    }
}
