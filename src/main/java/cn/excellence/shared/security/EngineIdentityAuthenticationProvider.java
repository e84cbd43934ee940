package cn.excellence.shared.security;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic credentials are checked against the engine's identity service; its groups become
 * authorities. Every check passes the {@link LoginThrottle}, which announces it for the audit log; a success is
 * kept a short time by the {@link BasicAuthCache}.
 */
@Component
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final LoginThrottle throttle;
    private final BasicAuthCache cache;

    EngineIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle, BasicAuthCache cache) {
        this.identityService = identityService;
        this.throttle = throttle;
        this.cache = cache;
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
        Authentication checked = authenticated(identityService, userId).orElseThrow(() -> new BadCredentialsException("用户名或密码错误"));
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

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
