package cn.excellence.commendation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.excellence.shared.CaseResult;

/**
 * Tells the nominator a nomination's outcome (办结), in the transaction of the step that reached it: not eligible,
 * refused by the township or org-dept, or approved by org-dept (it then waits for the campaign's list). A step that
 * reached no outcome tells nobody.
 */
@Component
class NominationResults {

    private final NominationService nominations;
    private final ApplicationEventPublisher events;

    NominationResults(NominationService nominations, ApplicationEventPublisher events) {
        this.nominations = nominations;
        this.events = events;
    }

    void announce(String processInstanceId, long id) {
        Nomination n = nominations.nomination(id);
        String subject = "对“" + n.nomineeName() + "”的推荐";
        String[] told = switch (n.status()) {
            case INELIGIBLE -> new String[] {"未通过资格审查：" + n.nomineeName(), subject + "未通过资格审查：" + text(n.ineligibleReasons())};
            case REJECTED -> new String[] {"推荐未获同意：" + n.nomineeName(), subject + "未获同意。意见：" + text(n.reviewNote())};
            case NOMINATED -> new String[] {"推荐已获同意：" + n.nomineeName(), subject + "已通过组织部审核，等待表彰名单审定。"};
            default -> null;
        };
        if (told != null) {
            events.publishEvent(new CaseResult(processInstanceId, n.status().name(), n.nominatedBy(), told[0], told[1]));
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
