package cn.excellence.loan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.excellence.fund.Money;
import cn.excellence.shared.CaseResult;

/**
 * Tells the secretary who applied for a loan (the process's start user) its outcome (办结), in the transaction of the step
 * that reached it: not eligible, refused, approved with the funds reserved, declined for want of funds, the bank loan recorded.
 * A step that reached no outcome tells nobody.
 */
@Component
class LoanResults {

    private final LoanService loans;
    private final ApplicationEventPublisher events;

    LoanResults(LoanService loans, ApplicationEventPublisher events) {
        this.loans = loans;
        this.events = events;
    }

    void announce(String processInstanceId, long id) {
        Loan loan = loans.loan(id);
        String subject = "贴息贷款（" + loan.applicantName() + "）";
        String message = switch (loan.status()) {
            case INELIGIBLE -> subject + "不符合申请条件：" + nullToEmpty(loan.ineligibleReasons());
            case REJECTED -> subject + "未获批准。" + reason(loan.declineReason());
            case DECLINED -> subject + "因贴息资金不足未能安排。" + reason(loan.declineReason());
            case RESERVED -> subject + "已获批准，核定贷款 " + yuan(loan.approvedFen()) + " 元，贴息资金已预留，请办理银行贷款。";
            case REPAYING -> subject + "银行放款已登记：合同号 " + loan.contractNumber() + "，本金 " + yuan(loan.principalFen()) + " 元。";
            default -> null;
        };
        if (message != null) {
            events.publishEvent(new CaseResult(processInstanceId, loan.status().name(), loan.createdBy(), title(loan.status()) + subject, message));
        }
    }

    private static String title(LoanStatus status) {
        return switch (status) {
            case RESERVED -> "已批准：";
            case REPAYING -> "已放款：";
            default -> "未通过：";
        };
    }

    private static String reason(String text) {
        return text == null || text.isBlank() ? "" : "原因：" + text;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String yuan(Long fen) {
        return fen == null ? "—" : Money.yuan(fen).toPlainString();
    }
}
