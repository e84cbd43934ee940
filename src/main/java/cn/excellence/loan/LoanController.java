package cn.excellence.loan;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.Groups;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "贴息贷款", description = "扶贫贴息贷款申请、查看和提前还款")
class LoanController {

    private final LoanService loans;
    private final EarlyRepaymentService earlyRepayments;
    private final OrganizationService organizations;

    LoanController(LoanService loans, EarlyRepaymentService earlyRepayments, OrganizationService organizations) {
        this.loans = loans;
        this.earlyRepayments = earlyRepayments;
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

    /** The loan if the user may see it; one that is not there and one the user may not see are the same 404. */
    private LoanView view(CurrentUser user, long id) {
        return loans.find(id).filter(loan -> user.isMemberOf(Groups.FUND_COMMITTEE) || user.isMemberOf(Groups.ORG_DEPT)
                || user.isMemberOf(Groups.STANDING_COMMITTEE) || organizations.canSee(user, loan.organizationCode()))
                .map(LoanView::of).orElseThrow(() -> ApiException.notFound("贷款申请 " + id + " 不存在，或您无权查看。"));
    }
}
