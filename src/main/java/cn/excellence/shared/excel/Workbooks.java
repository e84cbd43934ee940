package cn.excellence.shared.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.excellence.shared.calendar.WorkingDayCalendar;

/**
 * The one way to export a table as Excel (.xlsx, Apache POI, streamed): one sheet, Chinese headers in the first row,
 * money ({@link BigDecimal}) with two decimals, other numbers as numbers, instants in Beijing time, anything else as text.
 */
public final class Workbooks {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(WorkingDayCalendar.ZONE);

    private Workbooks() {
    }

    public static byte[] write(String sheetName, List<String> headers, List<? extends List<?>> rows) {
        return write(List.of(new Table(sheetName, headers, rows, Set.of())));
    }

    /** Several sheets in one workbook, in order; a table's text columns keep what a user types there as text (e.g. long numbers). */
    public static byte[] write(List<Table> tables) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(table.name());
                table.textColumns().forEach(c -> sheet.setDefaultColumnStyle(c, text));
                Row header = sheet.createRow(0);
                for (int i = 0; i < table.headers().size(); i++) {
                    header.createCell(i).setCellValue(table.headers().get(i));
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<?> values = table.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        set(row.createCell(c), values.get(c), money);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sheet: its name, Chinese headers, rows, and the (0-based) columns whose cells are text. */
    public record Table(String name, List<String> headers, List<? extends List<?>> rows, Set<Integer> textColumns) {
    }

    private static void set(Cell cell, Object value, CellStyle money) {
        if (value instanceof BigDecimal amount) {
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(money);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Instant instant) {
            cell.setCellValue(TIME.format(instant));
        } else {
            cell.setCellValue(value == null ? "" : value.toString());
        }
    }
}
