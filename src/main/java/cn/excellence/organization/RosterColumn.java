package cn.excellence.organization;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The columns of the member roster (党员花名册) sheet, by their Chinese headers, with what each allows. */
enum RosterColumn {

    NAME("姓名", true, "党员姓名，最多 50 个字"),
    GENDER("性别", true, "男 或 女"),
    IDENTITY_NUMBER("公民身份号码", true, "18 位，最后一位可以是 X；每名党员以此识别，再次导入时更新该党员"),
    BIRTH_DATE("出生日期", false, "如 1980-05-01；不填时取公民身份号码中的出生日期，填写时须与之一致"),
    JOINED_ON("入党日期", true, "如 2005-07-01；不得早于年满 18 周岁，不得晚于今天"),
    ORGANIZATION("所在党组织", true, "党组织编码（如 wulashan-sanhu）或完整名称（如 乌拉山镇三湖村党支部），须在您管理的范围内"),
    POSITION("职务", false, "不填表示无职务；可填：" + String.join("、", Codes.POSITIONS.keySet())),
    OCCUPATION("职业/身份", true, "可填：" + String.join("、", Codes.OCCUPATIONS.keySet())),
    PHONE("联系电话", false, "手机号（11 位）或座机（如 0478-1234567）"),
    PRE1949_VETERAN("建国前老党员", false, "是 或 否（不填为否）；是 时入党日期须早于 1949-10-01"),
    HARDSHIP("困难党员", false, "是 或 否（不填为否）");

    static final List<String> HEADERS = Arrays.stream(values()).map(RosterColumn::header).toList();

    private final String header;
    private final boolean required;
    private final String allowed;

    RosterColumn(String header, boolean required, String allowed) {
        this.header = header;
        this.required = required;
        this.allowed = allowed;
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    String allowed() {
        return allowed;
    }

    /** The Chinese words of the sheet and the values stored in {@code party_member}. */
    static final class Codes {

        static final Map<String, String> GENDERS = ordered(Map.entry("男", "MALE"), Map.entry("女", "FEMALE"));
        static final Map<String, String> POSITIONS = ordered(Map.entry("嘎查村党组织书记", "VILLAGE_SECRETARY"),
                Map.entry("嘎查村主任", "VILLAGE_HEAD"));
        static final Map<String, String> OCCUPATIONS = ordered(Map.entry("农牧民", "FARMER_HERDER"), Map.entry("工人", "WORKER"),
                Map.entry("教师", "TEACHER"), Map.entry("医务人员", "MEDICAL"), Map.entry("社区居民", "RESIDENT"),
                Map.entry("机关干部", "CADRE"));
        static final Map<String, Boolean> FLAGS = ordered(Map.entry("是", true), Map.entry("否", false));

        private Codes() {
        }

        /** The words in the order the template lists them. */
        @SafeVarargs
        private static <T> Map<String, T> ordered(Map.Entry<String, T>... entries) {
            Map<String, T> map = new LinkedHashMap<>();
            Arrays.stream(entries).forEach(e -> map.put(e.getKey(), e.getValue()));
            return Collections.unmodifiableMap(map);
        }
    }
}
