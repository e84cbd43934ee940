package cn.excellence.shared.stars;

import java.util.Collection;
import java.util.Map;

/**
 * What 一书一卡一簿 says about members in a year: whether they made a service pledge (承诺书), how many
 * posts they hold (岗位卡) and the residents' evaluations in the 功劳簿. The posts module keeps these
 * records and answers; the star rating reads them through this interface only.
 */
public interface ServiceRecords {

    /** The records of the given members in the year; a member with none is absent from the map. */
    Map<Long, ServiceRecord> of(Collection<Long> memberIds, int year);

    /**
     * One member's year: {@code residentPoints} is the 功劳簿's sum (满意 +2, 基本满意 +1, 不满意 −2),
     * {@code residentEntries} how many entries it has.
     */
    record ServiceRecord(long memberId, boolean pledged, int postsHeld, int residentEntries, int residentPoints) {
    }
}
