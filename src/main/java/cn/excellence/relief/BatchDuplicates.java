package cn.excellence.relief;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.web.ApiException;

/**
 * When a relief batch request is one already made: the same Idempotency-Key (the same batch back, or a
 * refusal when the key came with a different request), or the same content as an earlier batch (a refusal
 * naming it, unless the request names it in {@code repeatOf}). The unique indexes of relief_batch decide
 * races between nodes; this class gives the answers.
 */
@Component
class BatchDuplicates {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    private final ReliefBatches batches;

    BatchDuplicates(ReliefBatches batches) {
        this.batches = batches;
    }

    void checkKey(String key) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw new TaskInputException("Idempotency-Key 应为 1 到 100 个可见 ASCII 字符，例如一个 UUID。");
        }
    }

    /** The batch an earlier request with this key opened; the key sent with a different request is refused. */
    Optional<Long> openedWithKey(String key, BatchFingerprint fingerprint) {
        Optional<ReliefBatches.Earlier> earlier = key == null ? Optional.empty() : batches.withKey(key);
        if (earlier.isPresent() && !fingerprint.request().equals(earlier.get().requestHash())) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key 已用于批量救助 " + earlier.get().id()
                    + "，但本次请求的内容与那次不同。新的批量救助请使用新的 Idempotency-Key。");
        }
        return earlier.map(ReliefBatches.Earlier::id);
    }

    /** The round of this content: 1 when it is new; the next one only when the request names the latest batch it repeats. */
    int round(BatchFingerprint fingerprint, Long repeatOf) {
        Optional<ReliefBatches.Earlier> latest = batches.latestWithContent(fingerprint.content());
        if (latest.isEmpty()) {
            if (repeatOf != null) {
                throw ApiException.conflict("批量救助 " + repeatOf + " 与本次的规则、名单或每人金额不同，不能作为再次发放的依据；请去掉 repeatOf。");
            }
            return 1;
        }
        ReliefBatches.Earlier earlier = latest.get();
        if (!Long.valueOf(earlier.id()).equals(repeatOf)) {
            throw ApiException.conflict("与批量救助 " + earlier.id() + "（" + earlier.title() + "，"
                    + ("PAID".equals(earlier.status()) ? "已发放完毕" : "正在发放") + "）相同：规则、参数或名单、每人金额都一样，为免重复发放已拒绝。"
                    + "进度见 /api/relief-batches/" + earlier.id() + "；如确需再发一次，请在请求中注明 \"repeatOf\": " + earlier.id() + "。");
        }
        return earlier.round() + 1;
    }
}
