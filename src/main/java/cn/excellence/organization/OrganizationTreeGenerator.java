package cn.excellence.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds the banner's organization tree as the source document counts it: 548 grassroots
 * organizations (22 Party committees, 34 general branches, 492 branches), 93 of them village
 * organizations, and 14,210 members of whom 5,446 are farmers and herders. Names the document gives
 * are used as they are; every other name is generated (and flagged so), deterministically.
 */
public final class OrganizationTreeGenerator {

    public static final String ROOT = "banner";
    public static final int MEMBERS = 14_210;
    public static final int FARMER_HERDER_MEMBERS = 5_446;

    static final String[][] TOWNSHIPS = {
            {"wulashan", "乌拉山镇"}, {"baiyanhua", "白彦花镇"}, {"xinan", "新安镇"}, {"xixiaozhao", "西小召镇"},
            {"xiaoshetai", "小佘太镇"}, {"xianfeng", "先锋镇"}, {"mingan", "明安镇"}, {"dashetai", "大佘太镇"},
            {"eerdengbulage", "额尔登布拉格苏木"}};
    private static final int[] VILLAGES_PER_TOWNSHIP = {11, 11, 10, 10, 11, 10, 10, 10, 10};
    private static final String[][] OTHER_COMMITTEES = {
            {"organs", "旗直属机关工作委员会", "ORGAN"}, {"education", "旗教育系统党委", "SCHOOL"},
            {"health", "旗卫生系统党委", "HEALTH"}, {"community", "旗城镇社区党委", "COMMUNITY"},
            {"public-security", "旗公安局党委", "ORGAN"}, {"non-public", "旗非公有制经济组织党委", "ENTERPRISE"},
            {"agriculture", "旗农牧业局党委", "ORGAN"}, {"water", "旗水务局党委", "ORGAN"},
            {"hospital", "旗人民医院党委", "HEALTH"}, {"first-school", "旗第一中学党委", "SCHOOL"}};
    /** The committees of organs, enterprises and society (not townships), code and name, for their secretaries. */
    static final String[][] OTHER_COMMITTEE_SECRETARIES = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(new String[] {"linhai-chem", "临海化工公司党委"}, new String[] {"wulashan-fert", "乌拉山化肥公司党委"}),
            java.util.Arrays.stream(OTHER_COMMITTEES).map(c -> new String[] {c[0], c[1]})).toArray(String[][]::new);
    private static final String VILLAGE_SYLLABLES = "长胜红光新丰永和联合东升建设团结富强跃进先进光明友谊胜利民主五星兴隆德胜";
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文乌巴";
    private static final String GIVEN = "建国军华明英秀兰玉凤志强海涛春梅桂芳文斌丽娟永红宝音巴特尔其木格那仁图雅金花淑珍德胜福";

    private final List<Organization> organizations = new ArrayList<>();
    private final List<PartyMember> members = new ArrayList<>();
    private final Random random = new Random(20100527L);
    private int villageGeneralBranches = 12;

    public List<Organization> organizations() {
        if (organizations.isEmpty()) {
            build();
        }
        return organizations;
    }

    private void build() {
        Organization root = add(null, ROOT, "中共乌拉特前旗委员会", OrganizationKind.BANNER_COMMITTEE, Sector.BANNER, null, false, false);
        for (int t = 0; t < TOWNSHIPS.length; t++) {
            Organization township = add(root, TOWNSHIPS[t][0], TOWNSHIPS[t][1] + "党委", OrganizationKind.PARTY_COMMITTEE,
                    Sector.TOWNSHIP, TOWNSHIPS[t][0], false, false);
            branches(township, "机关第%d党支部", 6, Sector.TOWNSHIP);
            for (int v = 1; v <= VILLAGES_PER_TOWNSHIP[t]; v++) {
                village(township, v);
            }
        }
        enterprise(root, "linhai-chem", "临海化工公司党委");
        enterprise(root, "wulashan-fert", "乌拉山化肥公司党委");
        for (String[] c : OTHER_COMMITTEES) {
            Sector sector = Sector.valueOf(c[2]);
            Organization committee = add(root, c[0], c[1], OrganizationKind.PARTY_COMMITTEE, sector, null, false, true);
            branches(committee, "第%d党支部", 22, sector);
            for (int g = 1; g <= 2; g++) {
                Organization general = add(committee, committee.code() + "-g" + two(g), committee.name().replace("党委", "") + "第" + g + "党总支",
                        OrganizationKind.GENERAL_BRANCH, sector, null, false, true);
                branches(general, "第%d党支部", 4, sector);
            }
        }
    }

    private void enterprise(Organization root, String code, String name) {
        Organization committee = add(root, code, name, OrganizationKind.PARTY_COMMITTEE, Sector.ENTERPRISE, null, false, false);
        branches(committee, "车间第%d党支部", 5, Sector.ENTERPRISE);
        Organization general = add(committee, code + "-g01", name.replace("党委", "") + "生产党总支",
                OrganizationKind.GENERAL_BRANCH, Sector.ENTERPRISE, null, false, true);
        branches(general, "第%d党支部", 4, Sector.ENTERPRISE);
    }

    private void village(Organization township, int number) {
        String code = township.code() + "-v" + two(number);
        boolean first = number == 1;
        if (first && township.code().equals("xixiaozhao")) {
            Organization gongtian = add(township, "xixiaozhao-gongtian", "西小召镇公田村党委", OrganizationKind.PARTY_COMMITTEE,
                    Sector.VILLAGE, township.code(), true, false);
            branches(gongtian, "第%d党支部", 4, Sector.VILLAGE);
        } else if (first && township.code().equals("wulashan")) {
            add(township, "wulashan-sanhu", "乌拉山镇三湖村党支部", OrganizationKind.BRANCH, Sector.VILLAGE, township.code(), true, false);
        } else if (villageGeneralBranches > 0 && (number == 2 || number == 3)) {
            villageGeneralBranches--;
            Organization general = add(township, code, township.name().replace("党委", "") + villageName() + "党总支",
                    OrganizationKind.GENERAL_BRANCH, Sector.VILLAGE, township.code(), true, true);
            branches(general, "第%d党支部", 3, Sector.VILLAGE);
        } else {
            add(township, code, township.name().replace("党委", "") + villageName() + "党支部", OrganizationKind.BRANCH,
                    Sector.VILLAGE, township.code(), true, true);
        }
    }

    private void branches(Organization parent, String pattern, int count, Sector sector) {
        for (int b = 1; b <= count; b++) {
            add(parent, parent.code() + "-b" + two(b), parent.name().replaceAll("(党委|党总支|党支部)$", "") + String.format(pattern, b),
                    OrganizationKind.BRANCH, sector, parent.townshipCode(), false, true);
        }
    }

    private Organization add(Organization parent, String code, String name, OrganizationKind kind, Sector sector,
            String townshipCode, boolean village, boolean generated) {
        String path = (parent == null ? "/" : parent.path()) + code + "/";
        Organization organization = new Organization(code, name, kind, sector, parent == null ? null : parent.code(),
                path, townshipCode, village, generated, organizations.size());
        organizations.add(organization);
        return organization;
    }

    private String villageName() {
        int a = random.nextInt(VILLAGE_SYLLABLES.length() / 2) * 2;
        return VILLAGE_SYLLABLES.substring(a, a + 2) + (random.nextBoolean() ? "村" : "嘎查");
    }

    /** Members spread over the branches: farmers and herders in village organizations, the others elsewhere. */
    public List<PartyMember> members() {
        if (members.isEmpty()) {
            spreadMembers();
        }
        return members;
    }

    private void spreadMembers() {
        List<Organization> villageBranches = new ArrayList<>();
        List<Organization> otherBranches = new ArrayList<>();
        for (Organization o : organizations()) {
            boolean leaf = organizations.stream().noneMatch(c -> o.code().equals(c.parentCode()));
            if (leaf) {
                (o.sector() == Sector.VILLAGE ? villageBranches : otherBranches).add(o);
            }
        }
        spread(villageBranches, FARMER_HERDER_MEMBERS);
        spread(otherBranches, MEMBERS - FARMER_HERDER_MEMBERS);
    }

    private void spread(List<Organization> branches, int total) {
        for (int i = 0; i < total; i++) {
            Organization branch = branches.get(i % branches.size());
            String gender = random.nextInt(10) < 7 ? "MALE" : "FEMALE";
            members.add(new PartyMember(members.size() + 1L, personName(), gender, branch.code(), occupation(branch.sector()), true));
        }
    }

    private String personName() {
        String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int length = 1 + random.nextInt(2);
        StringBuilder name = new StringBuilder(surname);
        for (int i = 0; i < length; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    private static String occupation(Sector sector) {
        return switch (sector) {
            case VILLAGE -> "FARMER_HERDER";
            case ENTERPRISE -> "WORKER";
            case SCHOOL -> "TEACHER";
            case HEALTH -> "MEDICAL";
            case COMMUNITY -> "RESIDENT";
            default -> "CADRE";
        };
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
