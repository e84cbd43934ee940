package cn.excellence.loan;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.Groups;
import cn.excellence.shared.security.CurrentUser;

/**
 * The loan API's own rules, without an engine or a database (a web slice; the services are stand-ins): who may see a
 * loan, what a malformed request gets, and the lost race of an early repayment. The flows themselves are proven by
 * {@code AssistanceFundApiTests} and the browser walks.
 */
@WebMvcTest(LoanController.class)
@AutoConfigureMockMvc(addFilters = false)
class LoanControllerTests {

    static final CurrentUser FUND = new CurrentUser("fund1", List.of(Groups.FUND_COMMITTEE));
    static final CurrentUser OTHER_VILLAGE = new CurrentUser("secretary-other", List.of("village-secretary"));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    LoanService loans;
    @MockitoBean
    EarlyRepaymentService earlyRepayments;
    @MockitoBean
    OrganizationService organizations;
    /** The request guard filter's collaborator (filters are off in this slice). */
    @MockitoBean
    RequestRejectedHandler rejectedRequests;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private void logIn(CurrentUser user) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, List.of()));
    }

    private static Loan loan(long id, String organizationCode) {
        return new Loan(id, ApplicantKind.COOPERATIVE, "三湖村养殖专业合作社", "coop-sanhu", "150222198001011234", organizationCode,
                "wulashan", 30_000_000, 36, "农村信用社", "扩大养殖", 12, LoanStatus.REPAYING, null, null, 30_000_000L,
                null, null, null, 0, null, "HT-1", null, null, null, "pi-1", "secretary-sanhu", Instant.EPOCH);
    }

    @Test
    void aLoanOfAnotherOrganizationIsTheSame404AsOneThatIsNotThere() throws Exception {
        when(loans.find(7)).thenReturn(Optional.of(loan(7, "wulashan-sanhu")));
        when(organizations.canSee(OTHER_VILLAGE, "wulashan-sanhu")).thenReturn(false);
        when(loans.find(8)).thenReturn(Optional.empty());
        logIn(OTHER_VILLAGE);

        mvc.perform(get("/api/assistance-loans/7")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("贷款申请 7 不存在，或您无权查看。"));
        mvc.perform(get("/api/assistance-loans/8")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("贷款申请 8 不存在，或您无权查看。"));
    }

    @Test
    void theFundCommitteeSeesAnyLoanWithTheIdentityNumberMasked() throws Exception {
        when(loans.find(7)).thenReturn(Optional.of(loan(7, "wulashan-sanhu")));
        logIn(FUND);

        mvc.perform(get("/api/assistance-loans/7")).andExpect(status().isOk())
                .andExpect(jsonPath("$.requested").value(300000.00))
                .andExpect(jsonPath("$.status").value("REPAYING"))
                .andExpect(jsonPath("$.idNumber").value(IdentityNumbers.masked("150222198001011234")));
    }

    @Test
    void aMalformedIdOrBodyIsA400InChinese() throws Exception {
        logIn(FUND);

        mvc.perform(get("/api/assistance-loans/abc")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("参数“id”的格式不正确。"));
        mvc.perform(post("/api/assistance-loans").contentType(MediaType.APPLICATION_JSON).content("{\"requested\": "))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请求内容无法解析：请发送格式正确的 JSON，字段类型须与接口说明一致。"));
        verify(loans, never()).apply(any(), any());
    }

    @Test
    void anEarlyRepaymentThatLosesTheRaceWithASubsidyPaymentIsA409ToRetry() throws Exception {
        when(loans.find(7)).thenReturn(Optional.of(loan(7, "wulashan-sanhu")));
        doThrow(new OptimisticLockingException("the subsidy job changed the loan")).when(earlyRepayments).recordToday(eq(7L), any());
        logIn(FUND);

        mvc.perform(post("/api/assistance-loans/7/early-repayment")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(EarlyRepaymentService.LOST_RACE));
    }
}
