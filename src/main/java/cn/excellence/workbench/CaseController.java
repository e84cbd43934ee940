package cn.excellence.workbench;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/workbench/cases")
@Tag(name = "工作台：我的事项", description = "本人所在组织及下级的述职报告、评先推荐、贷款、救助、月度汇报和抽查整改")
class CaseController {

    private final Cases cases;

    CaseController(Cases cases) {
        this.cases = cases;
    }

    @GetMapping
    @Operation(summary = "我的事项（按最近变动排序，可按苏木镇、类别、状态筛选）")
    Page<CaseItem> list(@RequestParam(required = false) String township, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return cases.list(CurrentUser.get(), township, kind, status, page, size);
    }

    @GetMapping("/filters")
    @Operation(summary = "我的事项可用的筛选项（只含本人可见的苏木镇）")
    CaseFilters filters() {
        return cases.filters(CurrentUser.get());
    }
}
