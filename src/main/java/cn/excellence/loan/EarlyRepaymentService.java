package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.MESSAGE_REPAID_EARLY;
import static cn.excellence.loan.LoanProcess.VAR_LOAN_ID;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.LocalDate;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * Early repayment (提前还款) of a loan being repaid, recorded by the fund committee: in Tasklist (the task 登记提前还款)
 * or through {@code POST /api/assistance-loans/{id}/early-repayment}. Either way the loan is claimed once (a second
 * recording is refused) and the loan closes, releasing what is left of the subsidy's reservation.
 */
@Service
public class EarlyRepaymentService {

    /** What a user is told when the early repayment met the subsidy timer paying a period at the same moment. */
    static final String LOST_RACE = "此刻正在支付该贷款的本期贴息，提前还款未登记，请稍后重试。";

    private final LoanRepository repository;
    private final LoanService loans;
    private final RuntimeService runtimeService;
    private final ProcessEngineConfigurationImpl engine;

    EarlyRepaymentService(LoanRepository repository, LoanService loans, RuntimeService runtimeService, ProcessEngineConfigurationImpl engine) {
        this.repository = repository;
        this.loans = loans;
        this.runtimeService = runtimeService;
        this.engine = engine;
    }

    /**
     * Records the early repayment on the loan's row (the task 登记提前还款 then ends its repayment period); the row is
     * taken before anything else, as the subsidy timer takes it, so the two never deadlock.
     */
    @Transactional
    public void record(long id, CurrentUser user, Object repaidOn) {
        if (!user.isMemberOf(Groups.FUND_COMMITTEE)) {
            throw ApiException.forbidden("只有扶贫资金会可以登记提前还款。");
        }
        Loan loan = loans.loan(id);
        LocalDate day = LoanService.date(repaidOn, "提前还款日期应为如 2026-10-15 的日期。");
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
        LocalDate loanDate = loan.loanDate();
        if (loanDate != null && day.isBefore(loanDate)) {
            throw new TaskInputException("提前还款日期不能早于放款日期 " + loanDate + "。");
        }
        if (day.isAfter(today)) {
            throw new TaskInputException("提前还款日期不能晚于今天（" + today + "）。");
        }
        if (!repository.claimEarlyRepayment(id, day)) {
            LoanStatus status = loans.loan(id).status();
            throw ApiException.conflict(status == LoanStatus.REPAID_EARLY ? "该贷款已登记提前还款，剩余贴息预留已释放。"
                    : status == LoanStatus.CLOSED ? "该贷款的贴息已全部支付，贷款已结清，无需登记提前还款。"
                    : "只有已放款、正在贴息的贷款可以登记提前还款。");
        }
    }

    /**
     * The API's way: records the repayment as of today and sends the process the message {@code LoanRepaidEarly}.
     * The service's rule stands in for the engine's instance permission, which no group holds, so the correlation
     * runs without the engine's authorization check (and the committee gets no rights to modify loan instances).
     */
    @Transactional
    public void recordToday(long id, CurrentUser user) {
        record(id, user, ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate());
        engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> runtimeService
                .createMessageCorrelation(MESSAGE_REPAID_EARLY).processInstanceVariableEquals(VAR_LOAN_ID, id).correlateWithResult()));
    }

    /**
     * Whether a failure is a race lost to the subsidy timer job (or another node): the engine's optimistic lock, a
     * deadlock or serialization failure (SQL state class 40), or a lock wait that timed out.
     */
    static boolean lostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof PessimisticLockingFailureException || t instanceof SQLTransientException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }
}
