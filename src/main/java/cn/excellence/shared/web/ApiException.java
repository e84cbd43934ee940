package cn.excellence.shared.web;

import org.springframework.http.HttpStatus;

/**
 * A request the application refuses for a reason other than its input, with the HTTP status and a
 * Chinese message the user can act on: no right (403), nothing there (404), a clash with the current
 * state (409, 422). Input that breaks a rule is {@link cn.excellence.shared.TaskInputException} (400).
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;

    public ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(HttpStatus.CONFLICT, message);
    }
}
