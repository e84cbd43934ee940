package cn.excellence.shared.security;

/**
 * Whether a user must change their password before doing anything else. An HTTP Basic login reads it with the password
 * check and carries the answer as the authority {@link #AUTHORITY}, so a login kept by the {@link BasicAuthCache} asks
 * nothing on its next requests: the requirement comes and goes only with a new password, which is a new login.
 */
public interface PasswordChangeRequirement {

    String AUTHORITY = "PASSWORD_CHANGE_REQUIRED";

    boolean isRequired(String userId);
}
