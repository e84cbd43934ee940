package cn.excellence.assistancefund;

import static cn.excellence.assistancefund.LoanProcess.*;
import static cn.excellence.shared.jdbc.Rows.columns;

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

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.ApplicationStarts;
import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.jdbc.Rows;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/** Interest-subsidised loans (贴息贷款): application, reviews, reservation, bank loan, subsidy periods, closing. */
@Service
public class LoanService {

    public static final String FUND = "POVERTY_LOAN_SUBSIDY";
    static final List<String> ACTIVE = List.of("CHECKING", "TOWNSHIP_REVIEW", "FUND_REVIEW", "STANDING_APPROVAL", "WAITING_FOR_FUNDS",
            "RESERVED", "REPAYING");

    private final JdbcClient jdbc;
    private final FundLedger ledger;
    private final OrganizationService organizations;
    private final RuntimeService runtimeService;
    private final LoanRules rules;

    LoanService(JdbcClient jdbc, FundLedger ledger, OrganizationService organizations, RuntimeService runtimeService, LoanRules rules) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.organizations = organizations;
        this.runtimeService = runtimeService;
        this.rules = rules;
    }

    public Map<String, Object> loan(long id) {
        return jdbc.sql("select * from assistance_loan where id = ?").param(id).query().listOfRows().stream().findFirst()
                .map(Rows::lowerCaseKeys).orElseThrow(() -> new TaskInputException("贷款申请 " + id + " 不存在。"));
    }


    static long number(Map<String, Object> loan, String column) {
        return ((Number) loan.get(column)).longValue();
    }

    @Transactional
    public long apply(LoanApplication a, CurrentUser user) {
        Map<String, Object> variables = record(a, user);
        long id = (Long) variables.get(VAR_LOAN_ID);
        String process = ApplicationStarts.run(() -> runtimeService.startProcessInstanceByKey(PROCESS, businessKey(variables), variables)).getId();
        jdbc.sql("update assistance_loan set process_instance_id = ? where id = ?").params(process, id).update();
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
        jdbc.sql("update assistance_loan set process_instance_id = ? where id = ?").params(processInstanceId, variables.get(VAR_LOAN_ID)).update();
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
        long id = insert(kind, name, key, a, org, amount, user.userId());
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_LOAN_ID, id);
        variables.put(VAR_APPLICANT_NAME, name);
        variables.put("applicantKindLabel", kind.label());
        variables.put("requestedAmount", Money.yuan(amount).toPlainString());
        variables.put("purpose", a.purpose());
        variables.put("householdsHelped", a.householdsHelped());
        return variables;
    }

    private long insert(ApplicantKind kind, String name, String key, LoanApplication a, Organization org, long amount, String by) {
        org.springframework.jdbc.support.KeyHolder holder = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into assistance_loan (applicant_kind, applicant_name, applicant_key, id_number, organization_code, township_code,
                requested_fen, term_months, bank, purpose, households_helped, status, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CHECKING', ?, ?)""")
                .params(kind.name(), name, key, kind == ApplicantKind.INDUSTRY_LEADER ? a.idNumber() : null, org.code(),
                        org.townshipCode(), amount, a.termMonths(), a.bank().strip(), a.purpose().strip(), a.householdsHelped(), by,
                        Rows.value(ClockUtil.getCurrentTime()))
                .update(holder, "id");
        return holder.getKeyAs(Number.class).longValue();
    }

    /** The most per applicant kind, and one active loan per applicant. Returns the township secretary who reviews. */
    @Transactional
    public List<String> checkEligibility(long id) {
        Map<String, Object> loan = loan(id);
        List<String> reasons = new ArrayList<>();
        ApplicantKind kind = ApplicantKind.valueOf((String) loan.get("applicant_kind"));
        BigDecimal max = rules.maxAmount().get(kind);
        if (max != null && Money.yuan(number(loan, "requested_fen")).compareTo(max) > 0) {
            reasons.add(kind.label() + "贷款最多 " + max.toPlainString() + " 元。");
        }
        long active = jdbc.sql("select count(*) from assistance_loan where applicant_key = ? and id <> ? and status in (:active)"
                .replace(":active", String.join(",", ACTIVE.stream().map(s -> "'" + s + "'").toList())))
                .params(loan.get("applicant_key"), id).query(Long.class).single();
        if (active > 0) {
            reasons.add("该申请人已有一笔在办或未结清的贴息贷款。");
        }
        jdbc.sql("update assistance_loan set status = ?, ineligible_reasons = ? where id = ?")
                .params(reasons.isEmpty() ? "TOWNSHIP_REVIEW" : "INELIGIBLE", reasons.isEmpty() ? null : String.join("", reasons), id).update();
        return reasons;
    }

    public String townshipSecretary(long id) {
        Object township = loan(id).get("township_code");
        String reviewer = township == null ? null : organizations.holderOf((String) township, Groups.TOWNSHIP_SECRETARY).orElse(null);
        if (reviewer == null) {
            throw new TaskInputException("申请人所在苏木镇尚未配置党委书记账号，无法审核。");
        }
        return reviewer;
    }

    @Transactional
    public void townshipReview(long id, Object decision, Object notes) {
        String visit = TextRules.required(notes, "实地查看情况", 2, 2000);
        boolean approve = decide(decision);
        jdbc.sql("update assistance_loan set status = ?, site_visit_notes = ? where id = ?")
                .params(approve ? "FUND_REVIEW" : "REJECTED", visit, id).update();
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
            jdbc.sql("update assistance_loan set status = 'REJECTED', decline_reason = ? where id = ?")
                    .params(TextRules.required(note, "审核意见说明", 2, 500), id).update();
            return false;
        }
        long approvedFen = Money.fen(approved, "核定贷款金额");
        BigDecimal annualRate = percent(rate);
        int count = periods(periods);
        long total = BigDecimal.valueOf(approvedFen).multiply(annualRate).divide(BigDecimal.valueOf(100))
                .multiply(BigDecimal.valueOf((long) count * rules.subsidyIntervalMonths())).divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP)
                .longValueExact();
        boolean standing = Money.yuan(approvedFen).compareTo(rules.standingApprovalAbove()) > 0;
        jdbc.sql("""
                update assistance_loan set status = ?, approved_fen = ?, subsidy_rate = ?, subsidy_periods = ?, subsidy_total_fen = ?
                where id = ?""").params(standing ? "STANDING_APPROVAL" : "FUND_REVIEW", approvedFen, annualRate, count, total, id).update();
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
        jdbc.sql("update assistance_loan set status = ?, decline_reason = ? where id = ?")
                .params(approve ? "FUND_REVIEW" : "REJECTED", approve ? null : TextRules.required(note, "审批意见说明", 2, 500), id).update();
    }

    /** Reserves the whole subsidy; returns null when reserved, else the reason it could not be. */
    @Transactional
    public String reserve(long id) {
        Map<String, Object> loan = loan(id);
        long total = number(loan, "subsidy_total_fen");
        FundLedger.Outcome outcome = ledger.reserve(FUND, total, "loan:" + id + ":reserve", "loan:" + id,
                "贴息预留：" + loan.get("applicant_name"), "system");
        if (outcome == FundLedger.Outcome.INSUFFICIENT) {
            long available = ledger.fund(FUND).orElseThrow().availableFen();
            String reason = "贴息资金可用余额 " + Money.yuan(available).toPlainString() + " 元，不足本笔所需 " + Money.yuan(total).toPlainString() + " 元。";
            jdbc.sql("update assistance_loan set status = 'WAITING_FOR_FUNDS', decline_reason = ? where id = ?").params(reason, id).update();
            return reason;
        }
        jdbc.sql("update assistance_loan set status = 'RESERVED', decline_reason = null where id = ?").param(id).update();
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
        jdbc.sql("update assistance_loan set status = 'DECLINED' where id = ?").param(id).update();
    }

    @Transactional
    public void recordBankLoan(long id, Object contract, Object date, Object principal) {
        String number = TextRules.required(contract, "借款合同编号", 2, 60);
        LocalDate loanDate = date(date, "放款日期应为如 2026-07-01 的日期。");
        long principalFen = Money.fen(principal, "放款本金");
        if (principalFen > number(loan(id), "approved_fen")) {
            throw new TaskInputException("放款本金不能超过核定贷款金额。");
        }
        jdbc.sql("update assistance_loan set status = 'REPAYING', contract_number = ?, loan_date = ?, principal_fen = ? where id = ?")
                .params(number, java.sql.Date.valueOf(loanDate), principalFen, id).update();
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
        Object fen = loan(id).get("subsidy_total_fen");
        return fen == null ? null : Money.yuan(((Number) fen).longValue()).toPlainString();
    }

    /** When the next subsidy period falls due: every interval after the loan date, at 09:00. */
    public Date nextDue(long id) {
        Map<String, Object> loan = loan(id);
        LocalDate loanDate = ((java.sql.Date) loan.get("loan_date")).toLocalDate();
        long paid = number(loan, "subsidy_paid_periods");
        return Date.from(loanDate.plusMonths((paid + 1) * rules.subsidyIntervalMonths()).atTime(LocalTime.of(9, 0))
                .atZone(WorkingDayCalendar.ZONE).toInstant());
    }

    /**
     * Pays the next period from the reservation (the last takes the remainder); the same period is never paid twice.
     * The loan's row is taken first, as an early repayment takes it, so the two wait for each other instead of
     * deadlocking on the fund's row; a loan repaid early meanwhile is a lost race (the engine drops the timer job).
     */
    @Transactional
    public int payNextPeriod(long id) {
        Map<String, Object> loan = loan(id);
        int periods = (int) number(loan, "subsidy_periods");
        int period = (int) number(loan, "subsidy_paid_periods") + 1;
        long total = number(loan, "subsidy_total_fen");
        long amount = period < periods ? total / periods : total - (total / periods) * (periods - 1);
        boolean stillRepaying = jdbc.sql("update assistance_loan set subsidy_paid_periods = ? where id = ? and status = 'REPAYING'"
                + " and subsidy_paid_periods = ?").params(period, id, period - 1).update() == 1;
        if (!stillRepaying) {
            throw new OptimisticLockingException("贷款 " + id + " 在支付第 " + period + " 期贴息时已被提前还款或结清。");
        }
        ledger.pay(FUND, amount, true, "loan:" + id + ":subsidy:" + period, "loan:" + id,
                "第 " + period + " 期贴息：" + loan.get("applicant_name"), "system");
        return periods - period;
    }

    /** Closes the loan at the end of the term or on early repayment; what is left of the reservation is released. */
    @Transactional
    public void close(long id, boolean early) {
        Map<String, Object> loan = loan(id);
        long rest = ledger.ledgerTotalsForReference("loan:" + id);
        if (rest > 0) {
            ledger.release(FUND, rest, "loan:" + id + ":release", "loan:" + id, "贷款结清，释放剩余贴息预留：" + loan.get("applicant_name"), "system");
        }
        jdbc.sql("update assistance_loan set status = ? where id = ?").params(early ? "REPAID_EARLY" : "CLOSED", id).update();
    }
}
