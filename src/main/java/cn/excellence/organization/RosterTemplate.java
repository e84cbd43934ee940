package cn.excellence.organization;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import cn.excellence.shared.excel.Workbooks;

/** The roster template (导入模板): the headers, one example row (to be replaced) and a sheet explaining each column. */
final class RosterTemplate {

    private static final String EXAMPLE_BASE = "15082319800501999";
    /** The example row's identity number: refused on import, so that the example never becomes a member. */
    static final String EXAMPLE_IDENTITY = EXAMPLE_BASE + IdentityNumbers.checkCharacter(EXAMPLE_BASE);

    private RosterTemplate() {
    }

    /** The example names an organization the importer may import into. */
    static byte[] workbook(Organization example) {
        List<String> row = List.of("张三（示例，请替换）", "男", EXAMPLE_IDENTITY, "1980-05-01", "2005-07-01", example.name(), "",
                "农牧民", "13800000000", "否", "否");
        List<List<String>> help = Arrays.stream(RosterColumn.values())
                .map(c -> List.of(c.header(), c.required() ? "必填" : "选填", c.allowed())).toList();
        return Workbooks.write(List.of(
                new Workbooks.Table("党员花名册", RosterColumn.HEADERS, List.of(row),
                        Set.of(RosterColumn.IDENTITY_NUMBER.ordinal(), RosterColumn.PHONE.ordinal())),
                new Workbooks.Table("填写说明", List.of("列", "是否必填", "填写说明"), help, Set.of())));
    }
}
