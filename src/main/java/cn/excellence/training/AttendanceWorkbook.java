package cn.excellence.training;

import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.excellence.shared.excel.SheetReader;
import cn.excellence.shared.excel.Workbooks;

/**
 * The attendance sheet (参训登记表, .xlsx): read through {@link SheetReader}, header row first, each non-blank row after it as
 * text cells; the template a user fills.
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

    private static final SheetReader.Layout LAYOUT = new SheetReader.Layout(
            Arrays.stream(Column.values()).map(c -> c.header).toList(),
            Arrays.stream(Column.values()).filter(c -> c.required).map(c -> c.header).toList(), MAX_ROWS, "参训人员", "参训登记模板");

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
        return SheetReader.read(file, LAYOUT).stream().map(r -> {
            Map<Column, String> cells = new EnumMap<>(Column.class);
            for (Column column : Column.values()) {
                if (r.cell(column.ordinal()) != null) {
                    cells.put(column, r.cell(column.ordinal()));
                }
            }
            return new Row(r.number(), cells);
        }).toList();
    }
}
