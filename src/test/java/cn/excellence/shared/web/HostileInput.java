package cn.excellence.shared.web;

import java.nio.charset.StandardCharsets;

/**
 * One hostile request: who sends it ({@code null} for nobody, a user id for HTTP Basic, {@code "session:"} and a
 * user id for the webapps' login with its CSRF token), what, and which table must not grow from it
 * ({@code null} where the input is hostile but valid and may be kept). Paths may name the fixtures of
 * {@link HostileInputTests}: {@code {task}}, {@code {campaign}}, {@code {notice}}, {@code {onNotice}}.
 */
record HostileInput(String name, String user, String method, String path, String contentType, byte[] body, String unchangedTable) {

    static final String JSON = "application/json";
    static final String BOUNDARY = "hostile-boundary";
    static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;
    static final String FORM = "application/x-www-form-urlencoded";

    static HostileInput json(String name, String user, String method, String path, String json, String unchangedTable) {
        return new HostileInput(name, user, method, path, JSON, json.getBytes(StandardCharsets.UTF_8), unchangedTable);
    }

    static HostileInput get(String name, String user, String path) {
        return new HostileInput(name, user, "GET", path, null, null, null);
    }

    static HostileInput raw(String name, String user, String method, String path, String contentType, String body, String unchangedTable) {
        return new HostileInput(name, user, method, path, contentType, body.getBytes(StandardCharsets.UTF_8), unchangedTable);
    }

    static HostileInput form(String name, String user, String path, String form) {
        return raw(name, user, "POST", path, FORM, form, null);
    }

    /** A multipart upload of one file part named {@code part}, with the given bytes. */
    static HostileInput upload(String name, String user, String path, String part, byte[] file, String unchangedTable) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part
                + "\"; filename=\"hostile.bpmn\"\r\nContent-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return new HostileInput(name, user, "POST", path, MULTIPART, body, unchangedTable);
    }

    @Override
    public String toString() {
        return name;
    }
}
