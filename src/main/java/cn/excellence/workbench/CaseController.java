package cn.excellence.workbench;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.shared.excel.Workbooks;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.Downloads;
import cn.excellence.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/workbench")
@Tag(name = "工作台：我的事项", description = "本人所在组织及下级的各类事项（述职、评先、贷款、救助、督查、星级评比等），可筛选、可导出 Excel")
class CaseController {

    private static final List<String> HEADERS = List.of("类别", "编号", "事项", "组织", "苏木镇", "状态", "期限", "最近变动");

    private final Cases cases;

    CaseController(Cases cases) {
        this.cases = cases;
    }

    @GetMapping("/cases")
    @Operation(summary = "我的事项（按最近变动排序，可按苏木镇、类别、状态筛选）")
    Page<CaseItem> list(@RequestParam(required = false) String township, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return cases.list(CurrentUser.get(), township, kind, status, page, size);
    }

    @GetMapping("/cases.xlsx")
    @Operation(summary = "导出我的事项（Excel，筛选同列表，全部页）")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String township, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status) {
        List<List<Object>> rows = cases.all(CurrentUser.get(), township, kind, status).stream()
                .map(i -> List.<Object>of(i.kindLabel(), i.id(), text(i.title()), text(i.organizationName()), text(i.townshipName()),
                        text(i.statusLabel()), i.deadline() == null ? "" : i.deadline().toInstant(),
                        i.updatedAt() == null ? "" : i.updatedAt().toInstant()))
                .toList();
        return Downloads.excel("我的事项.xlsx", Workbooks.write("我的事项", HEADERS, rows));
    }

    @GetMapping("/cases/filters")
    @Operation(summary = "我的事项可用的筛选项（只含本人可见的苏木镇）")
    CaseFilters filters() {
        return cases.filters(CurrentUser.get());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
