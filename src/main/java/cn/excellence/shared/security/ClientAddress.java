package cn.excellence.shared.security;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client of the current HTTP request, as Tomcat sees it: X-Forwarded-For counts
 * only from the proxies trusted in {@code server.tomcat.remoteip.internal-proxies}.
 */
final class ClientAddress {

    static final String UNKNOWN = "unknown";
    private static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    /** The client's address, or "unknown" outside an HTTP request. */
    static String current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return UNKNOWN;
        }
        String address = attributes.getRequest().getRemoteAddr();
        if (address == null || address.isBlank()) {
            return UNKNOWN;
        }
        String printable = address.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > MAX_LENGTH ? printable.substring(0, MAX_LENGTH) : printable;
    }
}
