package cn.excellence.training;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
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
import cn.excellence.shared.excel.Workbooks;

/**
 * The attendance sheet (参训登记表, .xlsx): read with Apache POI's streaming (SAX) reader, header row first, each non-blank row
 * after it as text cells; the template a user fills. File-level problems are refused in Chinese.
 */
final class AttendanceWorkbook {

    static final int MAX_ROWS = 20_000;

    /** The columns; 姓名 and 公民身份号码 are required in the header, 学时 (blank: the course's) and 人员类别 (blank: 党员) optional. */
    enum Column {
        NAME("姓名", true), IDENTITY_NUMBER("公民身份号码", true), HOURS("学时", false), KIND("人员类别", false);

        final String header;
        final boolean required;

        Column(String header, boolean required) {
            this.header = header;
            this.required = required;
        }
    }

    static final String MEMBER = "党员";
    static final String EXTERNAL = "非党员";

    record Row(int number, Map<Column, String> cells) {

        String cell(Column column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private AttendanceWorkbook() {
    }

    static byte[] template(Course course) {
        return Workbooks.write(List.of(new Workbooks.Table("参训登记", List.of("姓名", "公民身份号码", "学时", "人员类别"),
                List.of(List.of("张三", "150823197001010012", course.hours().toPlainString(), MEMBER)), java.util.Set.of(1)),
                new Workbooks.Table("填写说明", List.of("说明"), List.of(
                        List.of("培训班：" + course.topic() + "（" + course.startDate() + "，" + course.hours().toPlainString() + " 学时）"),
                        List.of("每行一人：姓名、公民身份号码（18 位，请将该列设为文本）必填。"),
                        List.of("学时：留空按本培训班学时计，不能超过本培训班学时，最多一位小数。"),
                        List.of("人员类别：党员（须在党员花名册中，且属于主办组织及下级）或非党员（如非党员的大学生村官）；留空为党员。"),
                        List.of("同一文件重复导入不会重复登记；同一人只登记一次。")), java.util.Set.of())));
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
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, new ReadOnlySharedStringsTable(pkg), rows,
                        new PlainFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (TaskInputException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
            throw new TaskInputException("无法读取文件：请上传 Excel 工作簿（.xlsx），可先下载参训登记模板再填写。");
        }
        if (!rows.headerSeen) {
            throw new TaskInputException("文件是空的：第一个工作表第 1 行应为表头（姓名、公民身份号码、学时、人员类别）。");
        }
        if (rows.data.isEmpty()) {
            throw new TaskInputException("文件中没有参训人员：表头下面至少需要一行。");
        }
        return rows.data;
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<Row> data = new ArrayList<>();
        private final Map<Integer, Column> columns = new HashMap<>();
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
                throw new TaskInputException("文件超过 " + MAX_ROWS + " 行参训人员，请分成几个文件导入。");
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            columns.forEach((index, column) -> cells.put(column, current.get(index)));
            data.add(new Row(rowNum + 1, cells));
        }

        private void header() {
            headerSeen = true;
            current.forEach((index, text) -> {
                for (Column column : Column.values()) {
                    if (column.header.equals(text.strip())) {
                        if (columns.containsValue(column)) {
                            throw new TaskInputException("表头中“" + column.header + "”出现了两次。");
                        }
                        columns.put(index, column);
                    }
                }
            });
            List<String> missing = java.util.Arrays.stream(Column.values()).filter(c -> c.required && !columns.containsValue(c))
                    .map(c -> c.header).toList();
            if (!missing.isEmpty()) {
                throw new TaskInputException("表头不正确：第 1 行缺少“" + String.join("”“", missing) + "”列。请下载参训登记模板，按模板的表头填写。");
            }
        }
    }

    /** Whole numbers (identity numbers typed as numbers) without ".0" or exponent. */
    private static final class PlainFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
