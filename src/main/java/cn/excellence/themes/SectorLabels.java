package cn.excellence.themes;

import java.util.Map;

/** The fields (领域) of the organization tree in Chinese, as the coverage table names them. */
final class SectorLabels {

    private static final Map<String, String> LABELS = Map.of("BANNER", "旗委", "TOWNSHIP", "苏木镇机关", "VILLAGE", "嘎查村", "ENTERPRISE", "企业",
            "ORGAN", "机关", "COMMUNITY", "社区", "SCHOOL", "学校", "HEALTH", "卫生");

    private SectorLabels() {
    }

    static String of(String sector) {
        return LABELS.getOrDefault(sector, sector);
    }

    static boolean known(String sector) {
        return LABELS.containsKey(sector);
    }
}
