package cn.excellence.shared.security;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic credentials are checked against the engine's identity service; its groups become
 * authorities. A refused login is announced for the audit log (a successful one is not: HTTP Basic
 * logs in on every request).
 */
@Component
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final ApplicationEventPublisher events;

    EngineIdentityAuthenticationProvider(IdentityService identityService, ApplicationEventPublisher events) {
        this.identityService = identityService;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        if (userId == null || userId.isBlank() || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
            events.publishEvent(new LoginEvent(userId, address, LoginEvent.Outcome.FAILURE));
            throw new BadCredentialsException("用户名或密码错误");
        }
        return authenticated(identityService, userId).orElseThrow(() -> new BadCredentialsException("用户名或密码错误"));
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
