package cn.excellence.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Rosters (.xlsx) written with Apache POI as a user fills the template: the template's headers, one row per member. */
public final class RosterFiles {

    public static final List<String> HEADERS = List.of("姓名", "性别", "公民身份号码", "出生日期", "入党日期", "所在党组织", "职务",
            "职业/身份", "联系电话", "建国前老党员", "困难党员");

    private RosterFiles() {
    }

    /** A valid identity number (乌拉特前旗 150823) for this birth date and sequence (0-999), with its check character. */
    public static String identity(LocalDate birth, int sequence) {
        String base = "150823" + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return base + IdentityNumbers.checkCharacter(base);
    }

    /** A good row: the n-th member of the organization, born in 1970 plus a few days, joined at 30. */
    public static List<String> member(int n, String organization) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(n % 9_000);
        return new ArrayList<>(List.of("党员" + n, n % 3 == 0 ? "女" : "男", identity(birth, n / 9_000), birth.toString(),
                birth.plusYears(30).toString(), organization, "", "农牧民", "139" + String.format("%08d", n), "否", "否"));
    }

    public static byte[] xlsx(List<String> headers, List<? extends List<String>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("党员花名册");
            write(sheet.createRow(0), headers);
            for (int r = 0; r < rows.size(); r++) {
                write(sheet.createRow(r + 1), rows.get(r));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx(List<? extends List<String>> rows) {
        return xlsx(HEADERS, rows);
    }

    /** The roster saved in a directory, as a user keeps it before choosing it in the page. */
    public static Path save(Path directory, String name, List<? extends List<String>> rows) {
        try {
            return Files.write(directory.resolve(name), xlsx(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            if (values.get(c) != null) {
                row.createCell(c).setCellValue(values.get(c));
            }
        }
    }
}
