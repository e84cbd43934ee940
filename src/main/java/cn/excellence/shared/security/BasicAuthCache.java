package cn.excellence.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic sends the password with every request; the result of a successful check is kept here for a short time
 * ({@code excellence.security.basic-auth-cache}, default 30 s; 0 s: never), keyed by a SHA-256 of the user id and the
 * password, so that a client's next requests skip the password hash, the user and group look-ups and the login throttle's
 * row. On this node an entry is forgotten at once when the user's password is set, the user is deleted or their groups
 * change; another node's entry ends with its period at the latest. Only successes are kept: a wrong password is checked
 * (and counted by the throttle) every time, and makes this node forget the user, so that a throttled address is refused
 * even the right password, as before.
 */
@Component
class BasicAuthCache implements PasswordSetListener {

    /** More distinct credentials than this within one period: the cache starts again empty rather than grow. */
    static final int MAX_ENTRIES = 10_000;

    private final long ttlNanos;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    BasicAuthCache(@Value("${excellence.security.basic-auth-cache:30s}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    private record Entry(String userId, Authentication authentication, long expiresAt) {
    }

    Optional<Authentication> find(String userId, String password) {
        if (ttlNanos <= 0) {
            return Optional.empty();
        }
        String key = key(userId, password);
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (System.nanoTime() - entry.expiresAt() >= 0) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.authentication());
    }

    void remember(String userId, String password, Authentication authentication) {
        if (ttlNanos <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(userId, password), new Entry(userId, authentication, System.nanoTime() + ttlNanos));
    }

    void forget(String userId) {
        entries.values().removeIf(entry -> entry.userId().equals(userId));
    }

    @Override
    public void passwordSet(String userId, String actor) {
        forget(userId);
    }

    @Override
    public void userDeleted(String userId) {
        forget(userId);
    }

    @Override
    public void membershipChanged(String userId, String groupId) {
        forget(userId);
    }

    @Override
    public void groupDeleted(String groupId) {
        entries.clear();
    }

    private static String key(String userId, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(userId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
