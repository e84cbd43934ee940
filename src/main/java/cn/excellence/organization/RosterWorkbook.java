package cn.excellence.organization;

import java.io.InputStream;
import java.util.List;

import cn.excellence.shared.excel.SheetReader;

/**
 * Reads the first sheet of a roster (.xlsx) through {@link SheetReader} (streaming, so 50,000 rows take little memory):
 * the header row is matched against {@link RosterColumn}, each non-blank row after it is returned as text cells.
 */
final class RosterWorkbook {

    static final int MAX_ROWS = 50_000;

    private static final SheetReader.Layout LAYOUT = new SheetReader.Layout(RosterColumn.HEADERS, RosterColumn.HEADERS, MAX_ROWS,
            "党员数据", "导入模板");

    private RosterWorkbook() {
    }

    /** One data row: its number in the sheet (the header is row 1) and its cells in {@link RosterColumn} order. */
    record Row(int number, String[] cells) {

        String cell(RosterColumn column) {
            return cells[column.ordinal()];
        }
    }

    static List<Row> read(InputStream file) {
        return SheetReader.read(file, LAYOUT).stream().map(r -> new Row(r.number(), r.cells())).toList();
    }
}
