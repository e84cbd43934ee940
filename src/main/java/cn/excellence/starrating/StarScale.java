package cn.excellence.starrating;

import java.util.List;

import cn.excellence.organization.Sector;

/** The scale of a campaign: which branches take part and the criteria it starts from (each editable per campaign). */
public enum StarScale {
    MEMBER_TEN("牧区农区党员星级评比", Sector.VILLAGE, """
            政治坚定:15
            学习提高:10
            带头致富:20
            服务群众:15
            遵纪守法:10
            居民评价（功劳簿）:10"""),
    COMMUNITY_TEN("社区十星级党员评比", Sector.COMMUNITY, """
            理想信念:15
            组织观念:10
            岗位履责:20
            服务居民:15
            文明守法:10
            居民评价（功劳簿）:10""");

    /** The 民主评议 votes add at most this many points; the criteria give the rest of 100. */
    public static final int DEMOCRATIC_POINTS = 20;
    public static final int CRITERIA_POINTS = 100 - DEMOCRATIC_POINTS;

    private final String label;
    private final Sector sector;
    private final String defaultCriteria;

    StarScale(String label, Sector sector, String defaultCriteria) {
        this.label = label;
        this.sector = sector;
        this.defaultCriteria = defaultCriteria;
    }

    public String label() {
        return label;
    }

    /** The sector whose branches take part. */
    public Sector sector() {
        return sector;
    }

    public List<Criterion> defaultCriteria() {
        return Criterion.parse(defaultCriteria);
    }
}
