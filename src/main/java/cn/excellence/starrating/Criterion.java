package cn.excellence.starrating;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.excellence.shared.TaskInputException;

/**
 * One item of a campaign's criteria with its maximum points, written as a line "名称:分值". An item whose name says
 * 功劳簿 is not entered by the branch: it takes the residents' points of the member's 功劳簿, capped by its maximum.
 */
public record Criterion(String name, int maxPoints) {

    static final String SERVICE_BOOK = "功劳簿";
    private static final int MAX_ITEMS = 12;

    public boolean fromServiceBook() {
        return name.contains(SERVICE_BOOK);
    }

    /** The criteria from text lines; refused in Chinese unless the items add up to {@link StarScale#CRITERIA_POINTS}. */
    public static List<Criterion> parse(String text) {
        List<Criterion> items = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String line : text.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("[:：]");
            if (parts.length != 2 || parts[0].isBlank() || !parts[1].strip().matches("\\d{1,3}")) {
                throw new TaskInputException("评分项“" + abbreviate(line.strip()) + "”应写成“名称:分值”，如“带头致富:20”。");
            }
            String name = parts[0].strip();
            int max = Integer.parseInt(parts[1].strip());
            if (name.length() > 20 || max < 1 || !names.add(name)) {
                throw new TaskInputException("评分项“" + abbreviate(name) + "”的名称应为 1 到 20 个字且不重复，分值至少为 1。");
            }
            items.add(new Criterion(name, max));
        }
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new TaskInputException("评分项应为 1 到 " + MAX_ITEMS + " 项，每行一项“名称:分值”。");
        }
        int total = items.stream().mapToInt(Criterion::maxPoints).sum();
        if (total != StarScale.CRITERIA_POINTS) {
            throw new TaskInputException("各评分项分值之和应为 " + StarScale.CRITERIA_POINTS + "（民主评议另计 " + StarScale.DEMOCRATIC_POINTS
                    + " 分，合计 100 分），当前为 " + total + "。");
        }
        return List.copyOf(items);
    }

    public static String format(List<Criterion> criteria) {
        return criteria.stream().map(c -> c.name() + ":" + c.maxPoints()).collect(Collectors.joining("\n"));
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
