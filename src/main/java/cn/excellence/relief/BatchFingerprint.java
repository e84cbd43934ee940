package cn.excellence.relief;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import cn.excellence.relief.ReliefBatchService.Rule;

/**
 * What makes two relief batches the same. {@code content}: the rule, the rule's parameter (the reference
 * date of {@code ELDERLY_FARMERS}, the sorted member list of {@code LIST}) and the amount per member — two
 * batches with the same content pay the same people the same money, whatever their titles. {@code request}:
 * the content, the title and {@code repeatOf} — the whole request, compared when an Idempotency-Key is reused.
 */
record BatchFingerprint(String content, String request) {

    static BatchFingerprint of(Rule rule, String referenceDate, List<Long> members, long amountFen, String title, Long repeatOf) {
        String parameter = switch (rule) {
            case PRE1949_VETERANS -> "";
            case ELDERLY_FARMERS -> referenceDate;
            case LIST -> members.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        };
        String content = sha256(rule + "|" + parameter + "|" + amountFen);
        return new BatchFingerprint(content, sha256(content + "|" + title + "|" + repeatOf));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
