package cn.excellence.shared.security;

import java.io.IOException;
import java.util.Enumeration;
import java.util.List;

import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Camunda's webapp filter puts the login ({@value #LOGIN_ATTRIBUTE}) back into the session at the end of every request,
 * changed or not, and a session in the database (Spring Session JDBC, {@link WebSessionConfig}) writes every attribute
 * put into it: one UPDATE of the serialized login per Tasklist request. Placed after Spring Session's filter and before
 * Camunda's, this lets the put through only when the login is not the one the request read, or holds other user
 * authentications than it did then: a login, a logout, groups read afresh when Camunda's cache of them expires (each
 * makes a new {@link UserAuthentication}). Camunda changes a login only that way; the object itself is never changed in
 * place.
 */
final class LoginWriteBackFilter extends OncePerRequestFilter {

    /** The session attribute of Camunda's webapp login ({@code AuthenticationUtil.CAM_AUTH_SESSION_KEY}). */
    static final String LOGIN_ATTRIBUTE = "authenticatedUser";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Request(request), response);
    }

    /** The request whose sessions remember the login they gave out. */
    private static final class Request extends HttpServletRequestWrapper {

        private Session session;
        /** The login this request read from its session, and the user authentications it held then. */
        private String sessionId;
        private Object login;
        private List<UserAuthentication> held;

        Request(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession current = super.getSession(create);
            if (current == null) {
                return null;
            }
            if (session == null || session.delegate() != current) {
                session = new Session(current, this);
            }
            return session;
        }

        void forget() {
            login = null;
            held = null;
        }

        /** A login read from the session: the first read is what the session holds; later reads of it change nothing. */
        void read(HttpSession session, Object value) {
            if (value != login || !session.getId().equals(sessionId)) {
                remember(session, value);
            }
        }

        /** What the session holds now: read from it the first time, or put into it. */
        void remember(HttpSession session, Object value) {
            sessionId = session.getId();
            login = value;
            held = value instanceof Authentications authentications ? authentications.getAuthentications() : null;
        }

        boolean unchanged(HttpSession session, Object value) {
            if (value == null || value != login || !session.getId().equals(sessionId)) {
                return false;
            }
            List<UserAuthentication> now = ((Authentications) value).getAuthentications();
            if (now.size() != held.size()) {
                return false;
            }
            for (int i = 0; i < now.size(); i++) {
                if (now.get(i) != held.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A session that skips putting back the login its request read when it is unchanged. */
    private record Session(HttpSession delegate, Request request) implements HttpSession {

        @Override
        public Object getAttribute(String name) {
            Object value = delegate.getAttribute(name);
            if (LOGIN_ATTRIBUTE.equals(name) && value instanceof Authentications) {
                request.read(delegate, value);
            }
            return value;
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (LOGIN_ATTRIBUTE.equals(name) && request.unchanged(delegate, value)) {
                return;
            }
            delegate.setAttribute(name, value);
            if (LOGIN_ATTRIBUTE.equals(name) && value instanceof Authentications) {
                request.remember(delegate, value);
            }
        }

        @Override
        public long getCreationTime() {
            return delegate.getCreationTime();
        }

        @Override
        public String getId() {
            return delegate.getId();
        }

        @Override
        public long getLastAccessedTime() {
            return delegate.getLastAccessedTime();
        }

        @Override
        public ServletContext getServletContext() {
            return delegate.getServletContext();
        }

        @Override
        public void setMaxInactiveInterval(int interval) {
            delegate.setMaxInactiveInterval(interval);
        }

        @Override
        public int getMaxInactiveInterval() {
            return delegate.getMaxInactiveInterval();
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return delegate.getAttributeNames();
        }

        @Override
        public void removeAttribute(String name) {
            delegate.removeAttribute(name);
            if (LOGIN_ATTRIBUTE.equals(name)) {
                request.forget();
            }
        }

        @Override
        public void invalidate() {
            delegate.invalidate();
        }

        @Override
        public boolean isNew() {
            return delegate.isNew();
        }
    }
}
