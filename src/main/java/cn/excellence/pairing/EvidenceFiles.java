package cn.excellence.pairing;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.web.ApiException;

/** Evidence attachments (佐证材料): JPEG, PNG or PDF by their first bytes (not by name or declared type), at most 5 MB each. */
final class EvidenceFiles {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_FILES = 5;

    /** A file as uploaded. */
    record Upload(String fileName, byte[] content) {
    }

    /** A checked file with the content type its bytes show. */
    record Checked(String fileName, String contentType, byte[] content) {
    }

    private EvidenceFiles() {
    }

    static List<Checked> check(List<Upload> uploads) {
        if (uploads.size() > MAX_FILES) {
            throw new TaskInputException("佐证材料最多 " + MAX_FILES + " 个文件。");
        }
        return uploads.stream().map(EvidenceFiles::check).toList();
    }

    private static Checked check(Upload upload) {
        String name = upload.fileName() == null || upload.fileName().isBlank() ? "佐证材料"
                : TextRules.required(upload.fileName().replaceAll(".*[/\\\\]", ""), "文件名", 1, 200);
        byte[] content = upload.content();
        if (content.length == 0) {
            throw new TaskInputException("文件“" + name + "”是空的。");
        }
        if (content.length > MAX_BYTES) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "文件“" + name + "”过大：每个佐证材料最多 5 MB。");
        }
        String type = contentType(content);
        if (type == null) {
            throw new TaskInputException("文件“" + name + "”不是 JPEG、PNG 或 PDF：佐证材料只收照片（JPEG/PNG）和 PDF。");
        }
        return new Checked(name, type, content);
    }

    static String contentType(byte[] content) {
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        return starts(content, '%', 'P', 'D', 'F', '-') ? "application/pdf" : null;
    }

    private static boolean starts(byte[] content, int... magic) {
        return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length),
                toBytes(magic));
    }

    private static byte[] toBytes(int[] values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
