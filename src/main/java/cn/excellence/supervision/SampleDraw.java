package cn.excellence.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * A reproducible weighted draw without replacement (Efraimidis–Spirakis): each candidate gets the key
 * u^(1/w) from a generator seeded with the recorded seed, and the largest keys are drawn. An
 * organization checked last cycle has weight ½, so it is about half as likely to be drawn again.
 * With strata, the sample is split over the strata in proportion to their size (largest remainder).
 */
public final class SampleDraw {

    public static final double RECHECK_WEIGHT = 0.5;

    private SampleDraw() {
    }

    public static List<String> draw(List<String> population, Set<String> checkedLastCycle, int size, long seed,
            Function<String, String> stratum) {
        if (size < 1 || size > population.size()) {
            throw new IllegalArgumentException("抽查数量应为 1 到 " + population.size() + "（可抽查的组织数）。");
        }
        Random random = new Random(seed);
        Map<String, Double> keys = new LinkedHashMap<>();
        for (String candidate : population) {
            double weight = checkedLastCycle.contains(candidate) ? RECHECK_WEIGHT : 1.0;
            keys.put(candidate, Math.pow(random.nextDouble(), 1.0 / weight));
        }
        Map<String, List<String>> strata = new LinkedHashMap<>();
        population.forEach(c -> strata.computeIfAbsent(stratum.apply(c), s -> new ArrayList<>()).add(c));
        Map<String, Integer> quota = allocate(strata, size, population.size());
        List<String> sample = new ArrayList<>();
        strata.forEach((name, members) -> members.stream().sorted(Comparator.comparingDouble(keys::get).reversed())
                .limit(quota.get(name)).forEach(sample::add));
        return sample;
    }

    private static Map<String, Integer> allocate(Map<String, List<String>> strata, int size, int total) {
        Map<String, Integer> quota = new LinkedHashMap<>();
        Map<String, Double> remainder = new LinkedHashMap<>();
        int given = 0;
        for (Map.Entry<String, List<String>> s : strata.entrySet()) {
            double exact = (double) size * s.getValue().size() / total;
            quota.put(s.getKey(), (int) Math.floor(exact));
            remainder.put(s.getKey(), exact - Math.floor(exact));
            given += (int) Math.floor(exact);
        }
        List<String> byRemainder = remainder.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
        for (int i = 0; given < size; i++, given++) {
            String name = byRemainder.get(i % byRemainder.size());
            quota.merge(name, 1, Integer::sum);
        }
        return quota;
    }
}
