package cn.excellence.shared.excel;

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
 * The one way to read an uploaded sheet (.xlsx) that a user filled from a template: the first sheet with Apache POI's
 * streaming (SAX) reader, so tens of thousands of rows take little memory; the header row is matched against the
 * layout's headers (in any order; unknown ones ignored, required ones must be there, none twice), each non-blank row after
 * it is returned as text cells in the layout's order (dates as yyyy-MM-dd, whole numbers without decimals). What is wrong
 * with the file as a whole is refused in Chinese, naming the layout's template.
 */
public final class SheetReader {

    /**
     * What an import expects: its column headers in order, which of them the header row must have, at most how many data
     * rows, what a row is called in messages (e.g. 党员数据) and the template the user downloads (e.g. 导入模板).
     */
    public record Layout(List<String> headers, List<String> required, int maxRows, String rowsName, String templateName) {
    }

    /** One data row: its number in the sheet (the header is row 1) and its cells in the layout's order (null: blank). */
    public record Row(int number, String[] cells) {

        public String cell(int column) {
            return cells[column];
        }
    }

    private SheetReader() {
    }

    public static List<Row> read(InputStream file, Layout layout) {
        Rows rows = new Rows(layout);
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
            throw new TaskInputException("无法读取文件：请上传 Excel 工作簿（.xlsx），可先下载" + layout.templateName() + "再填写。");
        }
        if (!rows.headerSeen) {
            throw new TaskInputException("文件是空的：第一个工作表第 1 行应为表头（" + String.join("、", layout.headers()) + "）。");
        }
        if (rows.data.isEmpty()) {
            throw new TaskInputException("文件中没有" + layout.rowsName() + "：表头下面至少需要一行。");
        }
        return rows.data;
    }

    /** Collects the rows as the SAX parser reports them. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Layout layout;
        private final List<Row> data = new ArrayList<>();
        private final Map<Integer, Integer> columns = new HashMap<>();
        private final Map<Integer, String> current = new HashMap<>();
        private boolean headerSeen;

        Rows(Layout layout) {
            this.layout = layout;
        }

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
            if (data.size() == layout.maxRows()) {
                throw new TaskInputException("文件超过 " + layout.maxRows() + " 行" + layout.rowsName() + "，请分成几个文件导入。");
            }
            String[] cells = new String[layout.headers().size()];
            columns.forEach((index, column) -> cells[column] = current.get(index));
            data.add(new Row(rowNum + 1, cells));
        }

        private void header() {
            headerSeen = true;
            current.forEach((index, text) -> {
                int column = layout.headers().indexOf(text.strip());
                if (column >= 0) {
                    if (columns.containsValue(column)) {
                        throw new TaskInputException("表头中“" + layout.headers().get(column) + "”出现了两次。");
                    }
                    columns.put(index, column);
                }
            });
            List<String> missing = layout.required().stream().filter(h -> !columns.containsValue(layout.headers().indexOf(h))).toList();
            if (!missing.isEmpty()) {
                throw new TaskInputException("表头不正确：第 1 行缺少“" + String.join("”“", missing) + "”列。请下载" + layout.templateName()
                        + "，按模板的表头填写。");
            }
        }
    }

    /** Dates as ISO dates whatever their display format; whole numbers (phone or identity numbers typed as numbers) without ".0" or exponent. */
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
