package cn.excellence.relief;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.excellence.fund.Money;
import cn.excellence.shared.CaseResult;

/**
 * Tells the secretary who applied for a member's relief (the process's start user) its outcome (办结), in the transaction
 * of the step that reached it: refused, approved, paid, or not paid for want of funds. A step that reached no outcome
 * tells nobody.
 */
@Component
class ReliefResults {

    private final ReliefService reliefs;
    private final ApplicationEventPublisher events;

    ReliefResults(ReliefService reliefs, ApplicationEventPublisher events) {
        this.reliefs = reliefs;
        this.events = events;
    }

    void announce(String processInstanceId, long id) {
        Relief relief = reliefs.relief(id);
        String amount = Money.yuan(relief.amountFen()).toPlainString() + " 元";
        String note = relief.reviewNote() == null || relief.reviewNote().isBlank() ? "" : "意见：" + relief.reviewNote();
        String[] told = switch (relief.status()) {
            case REJECTED -> new String[] {"未通过：困难党员救助", "救助申请（" + amount + "）未获批准。" + note};
            case APPROVED -> new String[] {"已批准：困难党员救助", "救助申请（" + amount + "）已获组织部批准，等待发放。" + note};
            case PAID -> new String[] {"已发放：困难党员救助", "救助金 " + amount + " 已从救助资金发放。"};
            case NOT_PAID -> new String[] {"未发放：困难党员救助", "救助资金余额不足，救助金 " + amount + " 未能发放，请与组织部联系。"};
            default -> null;
        };
        if (told != null) {
            events.publishEvent(new CaseResult(processInstanceId, relief.status().name(), relief.createdBy(), told[0], told[1]));
        }
    }
}
