package cn.excellence.fund;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import cn.excellence.shared.calendar.WorkingDayCalendar;

/** The ledger as an Excel workbook (.xlsx, Apache POI), amounts in yuan with two decimals. */
@Component
class LedgerWorkbook {

    static final String[] HEADERS = {"序号", "时间", "类型", "金额（元）", "业务编号", "幂等键", "摘要", "经办人"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(WorkingDayCalendar.ZONE);

    byte[] write(Fund fund, List<LedgerEntry> entries) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(fund.name());
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
            }
            int r = 1;
            for (LedgerEntry e : entries) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(e.id());
                row.createCell(1).setCellValue(TIME.format(e.createdAt()));
                row.createCell(2).setCellValue(label(e));
                row.createCell(3).setCellValue(e.amountYuan().doubleValue());
                row.getCell(3).setCellStyle(money);
                row.createCell(4).setCellValue(e.reference() == null ? "" : e.reference());
                row.createCell(5).setCellValue(e.idempotencyKey());
                row.createCell(6).setCellValue(e.description());
                row.createCell(7).setCellValue(e.createdBy());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String label(LedgerEntry e) {
        return switch (e.type()) {
            case RESERVE -> "预留";
            case RELEASE -> "释放";
            case PAYMENT -> e.fromReservation() ? "支付（自预留）" : "支付";
        };
    }
}
