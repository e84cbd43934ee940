package cn.excellence.shared.security;

/** A login attempt on any path (HTTP Basic, /admin/login, the webapps' login), for the audit log. */
public record LoginEvent(String userId, String clientAddress, Outcome outcome) {

    public enum Outcome { SUCCESS, FAILURE, THROTTLED, UNLOCKED }
}
