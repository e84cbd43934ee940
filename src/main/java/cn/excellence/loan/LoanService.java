package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.fund.FundLedger;
import cn.excellence.fund.Money;
import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.ApplicationStarts;
import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/** Interest-subsidised loans (贴息贷款): application, reviews, reservation, bank loan, subsidy periods, closing. */
@Service
public class LoanService {

    public static final String FUND = "POVERTY_LOAN_SUBSIDY";

    private final LoanRepository repository;
    private final FundLedger ledger;
    private final OrganizationService organizations;
    private final RuntimeService runtimeService;
    private final LoanRules rules;

    LoanService(LoanRepository repository, FundLedger ledger, OrganizationService organizations, RuntimeService runtimeService,
            LoanRules rules) {
        this.repository = repository;
        this.ledger = ledger;
        this.organizations = organizations;
        this.runtimeService = runtimeService;
        this.rules = rules;
    }

    public Optional<Loan> find(long id) {
        return repository.find(id);
    }

    /** The loan a process or task names: one that is not there is refused. */
    public Loan loan(long id) {
        return find(id).orElseThrow(() -> new TaskInputException("贷款申请 " + id + " 不存在。"));
    }

    @Transactional
    public long apply(LoanApplication a, CurrentUser user) {
        Map<String, Object> variables = record(a, user);
        long id = (Long) variables.get(VAR_LOAN_ID);
        String process = ApplicationStarts.run(() -> runtimeService.startProcessInstanceByKey(PROCESS, businessKey(variables), variables)).getId();
        repository.setProcessInstance(id, process);
        return id;
    }

    /** The loan's key in Cockpit: 贴息贷款·the applicant·#id. */
    static String businessKey(Map<String, Object> variables) {
        return BusinessKeys.of("贴息贷款", variables.get(VAR_APPLICANT_NAME), (Long) variables.get(VAR_LOAN_ID));
    }

    /**
     * Records the application of a loan process a secretary started through its start form (Tasklist's 启动流程),
     * with the same checks as {@link #apply}; returns the variables the process goes on with.
     */
    @Transactional
    public Map<String, Object> applyFromStartForm(LoanApplication a, CurrentUser user, String processInstanceId) {
        Map<String, Object> variables = record(a, user);
        repository.setProcessInstance((Long) variables.get(VAR_LOAN_ID), processInstanceId);
        return variables;
    }

    private Map<String, Object> record(LoanApplication a, CurrentUser user) {
        ApplicantKind kind = TextRules.choice(a.applicantKind(), ApplicantKind.class, "申请人类别");
        String name = TextRules.required(a.applicantName(), "申请人名称", 2, 100);
        long amount = Money.fen(a.amount(), "申请金额");
        TextRules.required(a.bank(), "贷款银行", 2, 100);
        TextRules.required(a.purpose(), "贷款用途", 5, 1000);
        if (kind == ApplicantKind.INDUSTRY_LEADER && !IdentityNumbers.valid(a.idNumber())) {
            throw new TaskInputException("身份证号码无效：应为 18 位，且校验位正确。");
        }
        if (a.termMonths() == null || a.termMonths() < 3 || a.termMonths() > 120) {
            throw new TaskInputException("贷款期限应为 3 到 120 个月。");
        }
        if (a.householdsHelped() == null || a.householdsHelped() < 0 || a.householdsHelped() > 100_000) {
            throw new TaskInputException("带动户数应为 0 到 100000。");
        }
        if (a.organizationCode() == null || !organizations.canSee(user, a.organizationCode())) {
            throw ApiException.forbidden("只能为本组织及下级组织的申请人提出申请。");
        }
        Organization org = organizations.get(a.organizationCode());
        String key = kind == ApplicantKind.INDUSTRY_LEADER ? "ID:" + a.idNumber() : kind + ":" + name;
        long id = repository.insert(kind, name, key, a, org, amount, user.userId(), ClockUtil.getCurrentTime().toInstant());
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_LOAN_ID, id);
        variables.put(VAR_APPLICANT_NAME, name);
        variables.put("applicantKindLabel", kind.label());
        variables.put("requestedAmount", Money.yuan(amount).toPlainString());
        variables.put("purpose", a.purpose());
        variables.put("householdsHelped", a.householdsHelped());
        return variables;
    }

    /** The most per applicant kind, and one active loan per applicant. Returns the township secretary who reviews. */
    @Transactional
    public List<String> checkEligibility(long id) {
        Loan loan = loan(id);
        List<String> reasons = new ArrayList<>();
        ApplicantKind kind = loan.applicantKind();
        BigDecimal max = rules.maxAmount().get(kind);
        if (max != null && Money.yuan(loan.requestedFen()).compareTo(max) > 0) {
            reasons.add(kind.label() + "贷款最多 " + max.toPlainString() + " 元。");
        }
        if (repository.countOtherActive(loan.applicantKey(), id) > 0) {
            reasons.add("该申请人已有一笔在办或未结清的贴息贷款。");
        }
        repository.setEligibility(id, reasons.isEmpty() ? LoanStatus.TOWNSHIP_REVIEW : LoanStatus.INELIGIBLE,
                reasons.isEmpty() ? null : String.join("", reasons));
        return reasons;
    }

    public String townshipSecretary(long id) {
        String township = loan(id).townshipCode();
        String reviewer = township == null ? null : organizations.holderOf(township, Groups.TOWNSHIP_SECRETARY).orElse(null);
        if (reviewer == null) {
            throw new TaskInputException("申请人所在苏木镇尚未配置党委书记账号，无法审核。");
        }
        return reviewer;
    }

    @Transactional
    public void townshipReview(long id, Object decision, Object notes) {
        String visit = TextRules.required(notes, "实地查看情况", 2, 2000);
        boolean approve = decide(decision);
        repository.setTownshipReview(id, approve ? LoanStatus.FUND_REVIEW : LoanStatus.REJECTED, visit);
    }

    private static boolean decide(Object decision) {
        if ("APPROVE".equals(decision) || "REJECT".equals(decision)) {
            return "APPROVE".equals(decision);
        }
        throw new TaskInputException("请选择审核意见：同意（APPROVE）或不同意（REJECT）。");
    }

    /** The fund committee sets the loan, the annual subsidy rate and the number of periods; returns whether the standing committee must approve. */
    @Transactional
    public boolean fundReview(long id, Object decision, Object approved, Object rate, Object periods, Object note) {
        if (!decide(decision)) {
            repository.setStatus(id, LoanStatus.REJECTED, TextRules.required(note, "审核意见说明", 2, 500));
            return false;
        }
        long approvedFen = Money.fen(approved, "核定贷款金额");
        BigDecimal annualRate = percent(rate);
        int count = periods(periods);
        long total = BigDecimal.valueOf(approvedFen).multiply(annualRate).divide(BigDecimal.valueOf(100))
                .multiply(BigDecimal.valueOf((long) count * rules.subsidyIntervalMonths())).divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP)
                .longValueExact();
        boolean standing = Money.yuan(approvedFen).compareTo(rules.standingApprovalAbove()) > 0;
        repository.setFundReview(id, standing ? LoanStatus.STANDING_APPROVAL : LoanStatus.FUND_REVIEW, approvedFen, annualRate, count, total);
        return standing;
    }

    private static BigDecimal percent(Object rate) {
        try {
            BigDecimal value = new BigDecimal(String.valueOf(rate));
            if (value.signum() > 0 && value.compareTo(BigDecimal.valueOf(20)) <= 0 && value.stripTrailingZeros().scale() <= 3) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new TaskInputException("年贴息率应为 0 到 20 之间的百分数，最多三位小数。");
    }

    private static int periods(Object periods) {
        if (periods instanceof Number n && n.doubleValue() == n.intValue() && n.intValue() >= 1 && n.intValue() <= 40) {
            return n.intValue();
        }
        throw new TaskInputException("贴息期数应为 1 到 40 的整数。");
    }

    @Transactional
    public void standingApproval(long id, Object decision, Object note) {
        boolean approve = decide(decision);
        repository.setStatus(id, approve ? LoanStatus.FUND_REVIEW : LoanStatus.REJECTED,
                approve ? null : TextRules.required(note, "审批意见说明", 2, 500));
    }

    /** Reserves the whole subsidy; returns null when reserved, else the reason it could not be. */
    @Transactional
    public String reserve(long id) {
        Loan loan = loan(id);
        long total = loan.subsidyTotalFen();
        FundLedger.Outcome outcome = ledger.reserve(FUND, total, "loan:" + id + ":reserve", "loan:" + id,
                "贴息预留：" + loan.applicantName(), "system");
        if (outcome == FundLedger.Outcome.INSUFFICIENT) {
            long available = ledger.fund(FUND).orElseThrow().availableFen();
            String reason = "贴息资金可用余额 " + Money.yuan(available).toPlainString() + " 元，不足本笔所需 " + Money.yuan(total).toPlainString() + " 元。";
            repository.setStatus(id, LoanStatus.WAITING_FOR_FUNDS, reason);
            return reason;
        }
        repository.setStatus(id, LoanStatus.RESERVED, null);
        return null;
    }

    public boolean shortage(Object decision, Object note) {
        TextRules.optional(note, "说明", 2000);
        if ("RETRY".equals(decision) || "DECLINE".equals(decision)) {
            return "RETRY".equals(decision);
        }
        throw new TaskInputException("请选择处理方式：再次预留（RETRY）或不予贷款（DECLINE）。");
    }

    @Transactional
    public void decline(long id) {
        repository.setStatus(id, LoanStatus.DECLINED);
    }

    @Transactional
    public void recordBankLoan(long id, Object contract, Object date, Object principal) {
        String number = TextRules.required(contract, "借款合同编号", 2, 60);
        LocalDate loanDate = date(date, "放款日期应为如 2026-07-01 的日期。");
        long principalFen = Money.fen(principal, "放款本金");
        if (principalFen > loan(id).approvedFen()) {
            throw new TaskInputException("放款本金不能超过核定贷款金额。");
        }
        repository.setBankLoan(id, number, loanDate, principalFen);
    }

    /** A day as a form or the engine REST sends it: 2026-07-01, or a date-time whose first ten characters are one. */
    static LocalDate date(Object value, String message) {
        String text = String.valueOf(value).strip();
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException e) {
            throw new TaskInputException(message);
        }
    }

    /** The whole subsidy the fund committee set, in yuan, as the standing committee's form shows it. */
    public String subsidyTotal(long id) {
        Long fen = loan(id).subsidyTotalFen();
        return fen == null ? null : Money.yuan(fen).toPlainString();
    }

    /** When the next subsidy period falls due: every interval after the loan date, at 09:00. */
    public Date nextDue(long id) {
        Loan loan = loan(id);
        long paid = loan.subsidyPaidPeriods();
        return Date.from(loan.loanDate().plusMonths((paid + 1) * rules.subsidyIntervalMonths()).atTime(LocalTime.of(9, 0))
                .atZone(WorkingDayCalendar.ZONE).toInstant());
    }

    /**
     * Pays the next period from the reservation (the last takes the remainder); the same period is never paid twice.
     * The loan's row is taken first, as an early repayment takes it, so the two wait for each other instead of
     * deadlocking on the fund's row; a loan repaid early meanwhile is a lost race (the engine drops the timer job).
     */
    @Transactional
    public int payNextPeriod(long id) {
        Loan loan = loan(id);
        int periods = loan.subsidyPeriods();
        int period = loan.subsidyPaidPeriods() + 1;
        long total = loan.subsidyTotalFen();
        long amount = period < periods ? total / periods : total - (total / periods) * (periods - 1);
        if (!repository.countPaidPeriod(id, period)) {
            throw new OptimisticLockingException("贷款 " + id + " 在支付第 " + period + " 期贴息时已被提前还款或结清。");
        }
        ledger.pay(FUND, amount, true, "loan:" + id + ":subsidy:" + period, "loan:" + id,
                "第 " + period + " 期贴息：" + loan.applicantName(), "system");
        return periods - period;
    }

    /** Closes the loan at the end of the term or on early repayment; what is left of the reservation is released. */
    @Transactional
    public void close(long id, boolean early) {
        Loan loan = loan(id);
        long rest = ledger.ledgerTotalsForReference("loan:" + id);
        if (rest > 0) {
            ledger.release(FUND, rest, "loan:" + id + ":release", "loan:" + id, "贷款结清，释放剩余贴息预留：" + loan.applicantName(), "system");
        }
        repository.setStatus(id, early ? LoanStatus.REPAID_EARLY : LoanStatus.CLOSED);
    }
}
