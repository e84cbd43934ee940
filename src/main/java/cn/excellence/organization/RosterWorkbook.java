package cn.excellence.organization;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import cn.excellence.shared.TaskInputException;

/**
 * Reads the first sheet of a roster (.xlsx) with Apache POI's streaming (SAX) reader, so that 50,000 rows take little
 * memory: the header row is matched against {@link RosterColumn}, each non-blank row after it is returned as text cells
 * (dates as yyyy-MM-dd, whole numbers without decimals). File-level problems are refused in Chinese.
 */
final class RosterWorkbook {

    static final int MAX_ROWS = 50_000;

    private RosterWorkbook() {
    }

    /** One data row: its number in the sheet (the header is row 1) and its cells in {@link RosterColumn} order. */
    record Row(int number, String[] cells) {

        String cell(RosterColumn column) {
            return cells[column.ordinal()];
        }
    }

    static List<Row> read(InputStream file) {
        Rows rows = new Rows();
        try (OPCPackage pkg = OPCPackage.open(file)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new TaskInputException("文件中没有工作表。");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(pkg), rows, new PlainFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (TaskInputException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
            throw new TaskInputException("无法读取文件：请上传 Excel 工作簿（.xlsx），可先下载导入模板再填写。");
        }
        if (!rows.headerSeen) {
            throw new TaskInputException("文件是空的：第一个工作表第 1 行应为表头（" + String.join("、", RosterColumn.HEADERS) + "）。");
        }
        if (rows.data.isEmpty()) {
            throw new TaskInputException("文件中没有党员数据：表头下面至少需要一行。");
        }
        return rows.data;
    }

    /** Collects the rows as the SAX parser reports them. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<Row> data = new ArrayList<>();
        private final Map<Integer, RosterColumn> columns = new HashMap<>();
        private final Map<Integer, String> current = new HashMap<>();
        private boolean headerSeen;

        @Override
        public void startRow(int rowNum) {
            current.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference != null && value != null && !value.isBlank()) {
                current.put((int) new CellReference(reference).getCol(), value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (current.isEmpty()) {
                return;
            }
            if (!headerSeen) {
                header();
                return;
            }
            if (data.size() == MAX_ROWS) {
                throw new TaskInputException("文件超过 " + MAX_ROWS + " 行党员数据，请分成几个文件导入。");
            }
            String[] cells = new String[RosterColumn.values().length];
            columns.forEach((index, column) -> cells[column.ordinal()] = current.get(index));
            data.add(new Row(rowNum + 1, cells));
        }

        private void header() {
            headerSeen = true;
            current.forEach((index, text) -> RosterColumn.HEADERS.stream().filter(h -> h.equals(text.strip())).findFirst()
                    .ifPresent(h -> {
                        RosterColumn column = RosterColumn.values()[RosterColumn.HEADERS.indexOf(h)];
                        if (columns.containsValue(column)) {
                            throw new TaskInputException("表头中“" + h + "”出现了两次。");
                        }
                        columns.put(index, column);
                    }));
            List<String> missing = RosterColumn.HEADERS.stream()
                    .filter(h -> !columns.containsValue(RosterColumn.values()[RosterColumn.HEADERS.indexOf(h)])).toList();
            if (!missing.isEmpty()) {
                throw new TaskInputException("表头不正确：第 1 行缺少“" + String.join("”“", missing)
                        + "”列。请下载导入模板，按模板的表头填写。");
            }
        }
    }

    /** Dates as ISO dates whatever their display format; whole numbers (phone numbers typed as numbers) without ".0" or exponent. */
    private static final class PlainFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
