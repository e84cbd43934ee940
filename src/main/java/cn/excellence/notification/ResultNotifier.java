package cn.excellence.notification;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.excellence.shared.CaseResult;

/** A case reached an outcome ({@link CaseResult}): the person it is about is told in the same transaction (办结), with a link to the case. */
@Component
class ResultNotifier {

    private final NotificationOutbox outbox;
    private final EngineIdentity identity;

    ResultNotifier(NotificationOutbox outbox, EngineIdentity identity) {
        this.outbox = outbox;
        this.identity = identity;
    }

    @EventListener
    void on(CaseResult result) {
        List<String> recipients = result.recipient() == null ? List.of() : identity.usersOf(result.recipient());
        if (recipients.isEmpty()) {
            return;
        }
        outbox.write(new Notice(NotificationKind.RESULT, "RESULT:" + result.processInstanceId() + ":" + result.outcome(), result.title(),
                result.message(), Notice.caseLink(result.processInstanceId())), recipients);
    }
}
