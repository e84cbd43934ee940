package cn.excellence.assistancefund;

import java.net.URI;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "贴息贷款", description = "扶贫贴息贷款申请和奖励支付")
class LoanController {

    private final LoanService loans;
    private final EarlyRepaymentService earlyRepayments;
    private final AwardPayments awards;
    private final OrganizationService organizations;

    LoanController(LoanService loans, EarlyRepaymentService earlyRepayments, AwardPayments awards, OrganizationService organizations) {
        this.loans = loans;
        this.earlyRepayments = earlyRepayments;
        this.awards = awards;
        this.organizations = organizations;
    }

    @PostMapping("/assistance-loans")
    @Operation(summary = "申请贴息贷款（嘎查村或苏木镇为本组织的申请人提出）")
    ResponseEntity<LoanView> apply(@RequestBody LoanApplication application) {
        CurrentUser user = CurrentUser.get();
        long id = loans.apply(application, user);
        return ResponseEntity.created(URI.create("/api/assistance-loans/" + id)).body(view(user, id));
    }

    @GetMapping("/assistance-loans/{id}")
    @Operation(summary = "一笔贴息贷款：状态、核定金额、贴息（身份证号只显示部分）")
    LoanView loan(@PathVariable long id) {
        return view(CurrentUser.get(), id);
    }

    @PostMapping("/assistance-loans/{id}/early-repayment")
    @Operation(summary = "登记提前还款（扶贫资金会，还款日期为今天）：结清并释放剩余贴息预留；与贴息支付同时发生时 409，请重试")
    LoanView repaidEarly(@PathVariable long id) {
        CurrentUser user = CurrentUser.get();
        view(user, id);
        try {
            earlyRepayments.recordToday(id, user);
        } catch (RuntimeException e) {
            if (EarlyRepaymentService.lostRace(e)) {
                throw ApiException.conflict(EarlyRepaymentService.LOST_RACE);
            }
            throw e;
        }
        return view(user, id);
    }

    @PostMapping("/award-payables/{id}/payment")
    @Operation(summary = "支付表彰奖励（扶贫资金会）；重复提交只支付一次")
    LoanView.AwardPaid payAward(@PathVariable long id) {
        if (!CurrentUser.get().isMemberOf(Groups.FUND_COMMITTEE)) {
            throw ApiException.forbidden("只有扶贫资金会可以支付奖励。");
        }
        return new LoanView.AwardPaid(id, awards.pay(id, CurrentUser.get().userId()).name());
    }

    private LoanView view(CurrentUser user, long id) {
        Map<String, Object> loan;
        try {
            loan = loans.loan(id);
        } catch (TaskInputException e) {
            throw ApiException.notFound("贷款申请 " + id + " 不存在，或您无权查看。");
        }
        boolean visible = user.isMemberOf(Groups.FUND_COMMITTEE) || user.isMemberOf(Groups.ORG_DEPT)
                || user.isMemberOf(Groups.STANDING_COMMITTEE) || organizations.canSee(user, (String) loan.get("organization_code"));
        if (!visible) {
            throw ApiException.notFound("贷款申请 " + id + " 不存在，或您无权查看。");
        }
        return LoanView.of(loan);
    }
}
