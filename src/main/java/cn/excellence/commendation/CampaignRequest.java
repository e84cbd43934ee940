package cn.excellence.commendation;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

/**
 * What org-dept gives to open a commendation campaign. Categories default to the source's 七一
 * commendations; the notice period defaults to 5 working days.
 */
public record CampaignRequest(Integer year, String title, List<CategoryRequest> categories, Date nominationDeadline,
        Integer noticeWorkingDays) {

    /** A category: code, name, quota, who may be nominated, and the award in yuan where there is one. */
    public record CategoryRequest(String code, String name, Integer quota, String nomineeFilter, BigDecimal awardYuan) {
    }

    static final List<CategoryRequest> SOURCE_CATEGORIES = List.of(
            new CategoryRequest("WUHAO_TOWNSHIP", "“五个好”苏木镇党委", 3, "TOWNSHIP_COMMITTEE", null),
            new CategoryRequest("WUHAO_VILLAGE", "“五个好”嘎查村党组织", 9, "VILLAGE_ORGANIZATION", null),
            new CategoryRequest("COOPERATIVE_PARTY_ORG", "先进农牧民合作经济组织党组织", 2, "ENTERPRISE_ORGANIZATION", null),
            new CategoryRequest("EXCELLENT_VILLAGE_SECRETARY", "优秀嘎查村党组织书记", 9, "VILLAGE_SECRETARY", new BigDecimal("4000")),
            new CategoryRequest("EXCELLENT_VILLAGE_HEAD", "优秀嘎查村主任", 9, "VILLAGE_HEAD", new BigDecimal("4000")));
}
