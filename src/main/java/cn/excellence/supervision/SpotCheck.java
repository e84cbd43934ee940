package cn.excellence.supervision;

/** One organization drawn for a spot check (随机抽查) in a cycle, with its score and rectification. */
record SpotCheck(long id, long cycleId, String organizationCode, int drawOrder, SpotCheckStatus status, Integer score, String notes,
        String inspector, String rectification, String verifyComment, int sentBack, boolean overdue) {
}
