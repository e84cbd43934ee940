package cn.excellence.guidance;

import java.time.Instant;

/** One 周报告 or 月总结 of a staff member; {@code late}: its due time passed first (逾期); {@code escalated}: 督促 done. */
public record GuidanceReport(long id, long staffId, Cadence cadence, String period, String month, Instant dueAt, boolean submitted,
        boolean late, boolean escalated, String progress, String problems, String nextPlans, Instant submittedAt, String processInstanceId,
        Instant createdAt) {

    /** 待提交, 逾期, 已提交 or 逾期提交. */
    public String statusLabel() {
        if (submitted) {
            return late ? "逾期提交" : "已提交";
        }
        return late ? "逾期" : "待提交";
    }
}
