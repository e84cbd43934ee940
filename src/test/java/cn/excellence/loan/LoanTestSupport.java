package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.*;

import java.math.BigDecimal;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

import cn.excellence.shared.security.CurrentUser;
import cn.excellence.support.ProcessTestSupport;

/** Steps of the loan flow as tests drive them. */
class LoanTestSupport {

    static final CurrentUser SANHU = new CurrentUser("secretary-sanhu", List.of("village-secretary"));

    final ProcessEngine engine;
    final LoanService loans;

    LoanTestSupport(ProcessEngine engine, LoanService loans) {
        this.engine = engine;
        this.loans = loans;
    }

    long apply(String cooperative, String amountYuan) {
        return loans.apply(new LoanApplication("COOPERATIVE", cooperative, null, "wulashan-sanhu", new BigDecimal(amountYuan), 12,
                "乌拉特前旗农村信用社", "扩大肉羊养殖规模，带动贫困户增收。", 30), SANHU);
    }

    Task task(long loanId, String key) {
        return ProcessTestSupport.task(engine, LoanProcess.VAR_LOAN_ID, loanId, key);
    }

    void complete(long loanId, String key, Object... namesAndValues) {
        ProcessTestSupport.complete(engine, task(loanId, key).getId(), namesAndValues);
    }

    /** Applied and approved by the township, waiting for the fund committee. */
    long atFundReview(String cooperative) {
        long id = apply(cooperative, "200000");
        complete(id, TASK_TOWNSHIP_REVIEW, VAR_REVIEW_DECISION, "APPROVE", VAR_SITE_VISIT_NOTES, "实地查看：圈舍、存栏属实。");
        return id;
    }

    /** 200,000 yuan at 5% a year for four quarters: a subsidy of exactly 10,000 yuan. */
    void approveTenThousandSubsidy(long id) {
        complete(id, TASK_FUND_REVIEW, VAR_REVIEW_DECISION, "APPROVE", VAR_APPROVED_AMOUNT, 200000L, VAR_SUBSIDY_RATE, 5L,
                VAR_SUBSIDY_PERIODS, 4L);
    }
}
