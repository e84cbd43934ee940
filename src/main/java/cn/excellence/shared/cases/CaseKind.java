package cn.excellence.shared.cases;

/** The kinds of record 我的事项 lists, each with its Chinese name; the names are API (the {@code kind} filter). */
public enum CaseKind {
    DUTY_REPORT("述职报告"),
    NOMINATION("评先推荐"),
    LOAN("贴息贷款"),
    RELIEF("困难救助"),
    MONTHLY_REPORT("月度汇报"),
    SPOT_CHECK("抽查整改"),
    STAR_RATING("星级评比"),
    FIVE_STAR("五星级支部"),
    THEME("活动主题"),
    ORG_CHANGE("组织设置"),
    GUIDANCE_REPORT("指导联络"),
    VISIT("联系点走访"),
    PAIRING("结对帮扶"),
    TRAINING("党员培训");

    private final String label;

    CaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
