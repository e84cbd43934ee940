package cn.excellence.shared.security;

/**
 * Told by the engine's user store whenever a password is set or a user deleted, on any path (Camunda
 * Admin, the engine REST, the application): the account module uses it to make users change a
 * password someone else set for them.
 */
public interface PasswordSetListener {

    /** A password was set for {@code userId} by {@code actor} (null when nobody is logged in, e.g. at start-up). */
    void passwordSet(String userId, String actor);

    void userDeleted(String userId);
}
