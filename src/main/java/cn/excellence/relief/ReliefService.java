package cn.excellence.relief;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.fund.FundLedger;
import cn.excellence.fund.Money;
import cn.excellence.organization.MemberProfile;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.ApplicationStarts;
import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/** Hardship relief for one member (困难党员救助): a branch applies, the township reviews, org-dept approves, the fund pays. */
@Service
public class ReliefService {

    public static final String FUND = "HARDSHIP_RELIEF";
    static final String PROCESS = "HardshipRelief";
    static final String VAR_RELIEF_ID = "reliefId";
    static final BigDecimal MAX_SINGLE_YUAN = new BigDecimal("10000");

    private final ReliefRepository repository;
    private final FundLedger ledger;
    private final OrganizationService organizations;
    private final RuntimeService runtimeService;

    ReliefService(ReliefRepository repository, FundLedger ledger, OrganizationService organizations, RuntimeService runtimeService) {
        this.repository = repository;
        this.ledger = ledger;
        this.organizations = organizations;
        this.runtimeService = runtimeService;
    }

    public record ReliefRequest(Long memberId, String reason, BigDecimal amount) {
    }

    /** The reply to a relief application: the new application's id. */
    public record Applied(long id) {
    }

    @Transactional
    public long apply(ReliefRequest request, CurrentUser user) {
        Map<String, Object> variables = record(request, user);
        long id = (Long) variables.get(VAR_RELIEF_ID);
        ApplicationStarts.run(() -> runtimeService.startProcessInstanceByKey(PROCESS, businessKey(variables), variables));
        return id;
    }

    /** The relief's key in Cockpit: 困难救助·the member·#id. */
    static String businessKey(Map<String, Object> variables) {
        return BusinessKeys.of("困难救助", variables.get("memberName"), (Long) variables.get(VAR_RELIEF_ID));
    }

    /**
     * Records the application of a relief process a secretary started through its start form (Tasklist's 启动流程),
     * with the same checks as {@link #apply}; returns the variables the process goes on with.
     */
    @Transactional
    public Map<String, Object> applyFromStartForm(ReliefRequest request, CurrentUser user) {
        return record(request, user);
    }

    private Map<String, Object> record(ReliefRequest request, CurrentUser user) {
        if (request.memberId() == null) {
            throw new TaskInputException("请指定救助对象（memberId）。");
        }
        MemberProfile member = organizations.member(request.memberId())
                .orElseThrow(() -> ApiException.notFound("党员 " + request.memberId() + " 不存在。"));
        String org = member.organizationCode();
        if (!organizations.canSee(user, org)) {
            throw ApiException.forbidden("只能为本组织及下级组织的党员申请救助。");
        }
        String reason = TextRules.required(request.reason(), "申请理由", 5, 1000);
        long amount = Money.fen(request.amount(), "救助金额");
        if (Money.yuan(amount).compareTo(MAX_SINGLE_YUAN) > 0) {
            throw new TaskInputException("单笔救助最多 " + MAX_SINGLE_YUAN.toPlainString() + " 元。");
        }
        String township = organizations.get(org).townshipCode();
        String reviewer = township == null ? null : organizations.holderOf(township, Groups.TOWNSHIP_SECRETARY).orElse(null);
        if (reviewer == null) {
            throw new TaskInputException("该党员所在组织不属于任何苏木镇，或苏木镇尚未配置书记账号。");
        }
        long id = repository.insert(request.memberId(), org, reason, amount, user.userId(), ClockUtil.getCurrentTime().toInstant());
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_RELIEF_ID, id);
        variables.put("memberName", member.name());
        variables.put("reliefAmount", Money.yuan(amount).toPlainString());
        variables.put("reliefReason", reason);
        variables.put("townshipSecretary", reviewer);
        return variables;
    }

    public Optional<Relief> find(long id) {
        return repository.find(id);
    }

    /** The relief a process or task names: one that is not there is refused. */
    public Relief relief(long id) {
        return find(id).orElseThrow(() -> new TaskInputException("救助申请 " + id + " 不存在。"));
    }

    @Transactional
    public void review(long id, Object decision, Object note, ReliefStatus approvedStatus) {
        boolean approve = "APPROVE".equals(decision);
        if (!approve && !"REJECT".equals(decision)) {
            throw new TaskInputException("请选择意见：同意（APPROVE）或不同意（REJECT）。");
        }
        String text = approve ? TextRules.optional(note, "意见说明", 1000) : TextRules.required(note, "意见说明", 2, 1000);
        repository.setReview(id, approve ? approvedStatus : ReliefStatus.REJECTED, text);
    }

    /** Pays once, whatever happens (idempotency key relief:{id}); false when the fund cannot cover it. */
    @Transactional
    public boolean pay(long id) {
        Relief relief = relief(id);
        FundLedger.Outcome outcome = ledger.pay(FUND, relief.amountFen(), false, "relief:" + id, "member:" + relief.memberId(),
                "困难党员救助", "system");
        boolean paid = outcome != FundLedger.Outcome.INSUFFICIENT;
        repository.setStatus(id, paid ? ReliefStatus.PAID : ReliefStatus.NOT_PAID);
        return paid;
    }
}
