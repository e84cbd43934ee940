package cn.excellence.shared.notice;

import java.time.Instant;
import java.util.function.ToLongFunction;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.web.ApiException;
import cn.excellence.shared.web.PublicSubmissions;

/**
 * The rules every public notice (公示) shares for objections (异议) — the commendation notice, the star-rating notice:
 * only while the notice runs, against someone on it, with a reason and an optional contact, at most
 * {@value PublicSubmissions#MAX_PER_HOUR} an hour from one address; org-dept's verification ends in a {@link Verdict}
 * with a note. Each module says who is on its notice, keeps its own objections and does what an upheld one means.
 */
public final class NoticeObjections {

    /** Org-dept's finding: the objection holds (the module withdraws the honour) or it does not. */
    public enum Verdict { UPHELD, DISMISSED }

    /** An objection's text as it will be kept. */
    public record Objection(String reason, String contact) {
    }

    /** The process variable that keeps who decided a verification. */
    public static final String VAR_DECIDED_BY = "decidedBy";

    private NoticeObjections() {
    }

    /**
     * Refuses an objection to a notice that has ended (409) or one that names nobody ({@code subjectParameter}: the
     * request field a client must fill, e.g. {@code memberId}).
     */
    public static void checkOpen(Instant now, boolean running, Instant endsAt, Object subject, String subjectParameter) {
        if (!running || endsAt == null || !now.isBefore(endsAt)) {
            throw new ApiException(HttpStatus.CONFLICT, "公示期已结束，不再受理异议。");
        }
        if (subject == null) {
            throw new TaskInputException("请指明对哪一位公示对象提出异议（" + subjectParameter + "）。");
        }
    }

    /** The reason (5–1,000 characters) and contact (≤ 100), checked; then the address's hourly limit (429). */
    public static Objection check(Instant now, String reason, String contact, ToLongFunction<Instant> objectionsFromAddressSince) {
        String text = TextRules.required(reason, "异议内容", 5, 1000);
        String contactText = TextRules.optional(contact, "联系方式", 100);
        PublicSubmissions.checkRate(now, objectionsFromAddressSince, "异议");
        return new Objection(text, contactText);
    }

    /** The verification task's form, checked: a verdict and a note (2–1,000 characters). */
    public static Verdict verdict(Object verdict, Object note) {
        Verdict chosen = TextRules.choice(verdict, Verdict.class, "核实结论");
        TextRules.required(note, "核实情况说明", 2, 1000);
        return chosen;
    }

    /** A verification task's completion: its verdict checked and who decided kept as {@value #VAR_DECIDED_BY}. */
    public static void completeVerification(DelegateTask task, String verdictVariable, String noteVariable) {
        verdict(task.getVariable(verdictVariable), task.getVariable(noteVariable));
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        task.setVariable(VAR_DECIDED_BY, user != null ? user.getUserId() : task.getAssignee());
    }
}
