package cn.excellence.shared.audit;

/** What kind of thing an audit entry records, with its Chinese label. */
public enum AuditCategory {
    /** A login attempt, its failure, a lockout or an unlock. */
    LOGIN("登录"),
    /** A logout from the webapps or the administrators' pages. */
    LOGOUT("登出"),
    /** A deployment of process models, on any path. */
    DEPLOYMENT("部署"),
    /** Users, groups, memberships, passwords. */
    IDENTITY("用户与组"),
    /** The engine's authorizations. */
    AUTHORIZATION("授权"),
    /** Any other change through /api, the engine REST or the webapps' API. */
    CHANGE("修改");

    private final String label;

    AuditCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
