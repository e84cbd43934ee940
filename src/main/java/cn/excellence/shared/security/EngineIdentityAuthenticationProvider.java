package cn.excellence.shared.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic credentials are checked against the engine's identity service; its groups become
 * authorities, and so does whether the user must change their password first ({@link PasswordChangeRequirement}). Every
 * check passes the {@link LoginThrottle}, which announces it for the audit log; a success is kept a short time by the
 * {@link BasicAuthCache}.
 */
@Component
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final LoginThrottle throttle;
    private final BasicAuthCache cache;
    private final PasswordChangeRequirement passwordChange;

    EngineIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle, BasicAuthCache cache,
            PasswordChangeRequirement passwordChange) {
        this.identityService = identityService;
        this.throttle = throttle;
        this.cache = cache;
        this.passwordChange = passwordChange;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException("用户名或密码错误");
        }
        String password = credentials.toString();
        Optional<Authentication> cached = cache.find(userId, password);
        if (cached.isPresent()) {
            return cached.get();
        }
        if (!identityService.checkPassword(userId, password)) {
            throw throttle.lockedFor(userId, ClientAddress.current()).<AuthenticationException>map(LoginThrottledException::new)
                    .orElseGet(() -> new BadCredentialsException("用户名或密码错误"));
        }
        Authentication checked = authenticated(identityService, userId).map(user -> withPasswordChange(userId, user))
                .orElseThrow(() -> new BadCredentialsException("用户名或密码错误"));
        cache.remember(userId, password, checked);
        return checked;
    }

    /** The user as the identity service knows them now (groups as authorities), or empty when they no longer exist. */
    static Optional<Authentication> authenticated(IdentityService identityService, String userId) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            return Optional.empty();
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        List<SimpleGrantedAuthority> authorities = groups.stream()
                .map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList();
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(new CurrentUser(userId, groups), null, authorities));
    }

    private Authentication withPasswordChange(String userId, Authentication user) {
        if (!passwordChange.isRequired(userId)) {
            return user;
        }
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(PasswordChangeRequirement.AUTHORITY));
        return UsernamePasswordAuthenticationToken.authenticated(user.getPrincipal(), null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
