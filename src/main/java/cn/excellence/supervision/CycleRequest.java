package cn.excellence.supervision;

import java.util.Date;
import java.util.List;

/** What starts a supervision cycle; everything but the period has a default (the 22 committees, 10 checks, …). */
public record CycleRequest(String period, List<String> units, Date reportDueDate, Integer sampleSize, String strata,
        List<String> checklist, Long seed) {

    static final List<String> DEFAULT_CHECKLIST = List.of("组织生活规范", "党员教育管理", "阵地建设", "活动主题载体", "群众满意度");
}
