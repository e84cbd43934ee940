package cn.excellence.supervision;

import java.util.List;

/** The month's bulletin (督查通报): on-time and late reports, escalations, spot-check scores, open findings. */
public record Bulletin(long cycleId, String period, String status, Long seed, List<String> onTime, List<String> late,
        List<String> escalated, List<String> notSubmitted, List<String> followUp, List<SpotCheckLine> spotChecks,
        List<String> openFindings) {

    /** One drawn spot check in the bulletin. */
    public record SpotCheckLine(long spotCheckId, String organizationCode, String organization, Integer score, String status,
            long findings, Integer sentBack) {
    }
}
