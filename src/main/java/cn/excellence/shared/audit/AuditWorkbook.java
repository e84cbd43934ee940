package cn.excellence.shared.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import cn.excellence.shared.calendar.WorkingDayCalendar;

/** Audit entries as an Excel workbook (.xlsx, Apache POI) with Chinese headers, times in Beijing time. */
final class AuditWorkbook {

    static final String[] HEADERS = {"序号", "时间", "用户", "类别", "方法", "路径", "状态码", "结果", "客户端地址"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(WorkingDayCalendar.ZONE);

    private AuditWorkbook() {
    }

    static byte[] write(List<AuditLogEntry> entries) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("审计日志");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
            }
            int r = 1;
            for (AuditLogEntry e : entries) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(e.id());
                row.createCell(1).setCellValue(TIME.format(e.at()));
                row.createCell(2).setCellValue(text(e.userId()));
                row.createCell(3).setCellValue(e.category().label());
                row.createCell(4).setCellValue(text(e.method()));
                row.createCell(5).setCellValue(text(e.path()));
                row.createCell(6).setCellValue(e.status() == null ? "" : e.status().toString());
                row.createCell(7).setCellValue(e.outcome());
                row.createCell(8).setCellValue(text(e.clientAddress()));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
