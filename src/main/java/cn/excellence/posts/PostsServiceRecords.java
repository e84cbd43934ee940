package cn.excellence.posts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.stars.ServiceRecords;

/**
 * 一书一卡一簿 for the star rating: per member and year, whether they pledged, the posts they hold and the 功劳簿's shown
 * entries with their points (满意 +2, 基本满意 +1, 不满意 −2). Asked in chunks, so any number of members takes a few queries.
 */
@Component
class PostsServiceRecords implements ServiceRecords {

    static final int CHUNK = 1000;

    private final PostRepository posts;
    private final MeritRepository merits;

    PostsServiceRecords(PostRepository posts, MeritRepository merits) {
        this.posts = posts;
        this.merits = merits;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, ServiceRecord> of(Collection<Long> memberIds, int year) {
        Map<Long, ServiceRecord> records = new HashMap<>();
        List<Long> ids = new ArrayList<>(new HashSet<>(memberIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunk(ids.subList(from, Math.min(ids.size(), from + CHUNK)), year, records);
        }
        return records;
    }

    private void chunk(List<Long> ids, int year, Map<Long, ServiceRecord> records) {
        Set<Long> pledged = new HashSet<>(merits.pledged(ids, year));
        Map<Long, Integer> held = new HashMap<>();
        posts.postsHeld(ids, year).forEach(row -> held.put(row[0], (int) row[1]));
        Map<Long, int[]> book = new HashMap<>();
        for (Object[] row : merits.evaluations(ids, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            int[] sums = book.computeIfAbsent((Long) row[0], id -> new int[2]);
            int entries = ((Long) row[2]).intValue();
            sums[0] += entries;
            sums[1] += entries * ((Evaluation) row[1]).points();
        }
        for (Long id : ids) {
            int[] sums = book.getOrDefault(id, new int[2]);
            if (pledged.contains(id) || held.containsKey(id) || sums[0] > 0) {
                records.put(id, new ServiceRecord(id, pledged.contains(id), held.getOrDefault(id, 0), sums[0], sums[1]));
            }
        }
    }
}
