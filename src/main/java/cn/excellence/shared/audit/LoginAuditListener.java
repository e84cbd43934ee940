package cn.excellence.shared.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.excellence.shared.security.LoginEvent;

/** Every login attempt, whichever path it came by, goes into the audit log. */
@Component
class LoginAuditListener {

    private final AuditLog log;

    LoginAuditListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void onLogin(LoginEvent event) {
        log.append(event.userId(), AuditCategory.LOGIN, null, null, null, event.outcome().name(), event.clientAddress());
    }
}
