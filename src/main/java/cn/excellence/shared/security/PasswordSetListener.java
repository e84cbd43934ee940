package cn.excellence.shared.security;

/**
 * Told by the engine's user store whenever a password is set, a user deleted or a membership changed, on
 * any path (Camunda Admin, the engine REST, the application): the account module uses it to make users
 * change a password someone else set for them; the HTTP Basic cache forgets the user.
 */
public interface PasswordSetListener {

    /** A password was set for {@code userId} by {@code actor} (null when nobody is logged in, e.g. at start-up). */
    void passwordSet(String userId, String actor);

    void userDeleted(String userId);

    /** {@code userId} joined or left {@code groupId}. */
    default void membershipChanged(String userId, String groupId) {
    }

    /** {@code groupId} was deleted, and with it its members' memberships. */
    default void groupDeleted(String groupId) {
    }
}
