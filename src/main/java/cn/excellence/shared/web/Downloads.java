package cn.excellence.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way a controller answers with a file: an Excel workbook to save, a PDF to show in the browser. File names may be
 * Chinese (sent as RFC 5987 {@code filename*} with an ASCII fallback), so a phone saves “党员培训统计.xlsx”, not a blank name.
 */
public final class Downloads {

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    /** An .xlsx workbook saved under this name. */
    public static ResponseEntity<byte[]> excel(String fileName, byte[] workbook) {
        return file(ContentDisposition.attachment(), XLSX, fileName, workbook);
    }

    /** A PDF shown in the browser (saved under this name). */
    public static ResponseEntity<byte[]> pdf(String fileName, byte[] document) {
        return file(ContentDisposition.inline(), MediaType.APPLICATION_PDF, fileName, document);
    }

    private static ResponseEntity<byte[]> file(ContentDisposition.Builder disposition, MediaType type, String fileName, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
