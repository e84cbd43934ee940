package cn.excellence.shared.audit;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.shared.Groups;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.shared.web.Downloads;
import cn.excellence.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit log for administrators (camunda-admin only): searched and paged, newest first, or as Excel. */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "审计日志", description = "登录、登出、部署、用户与授权变更及一切修改操作的记录（平台管理员）")
class AuditController {

    static final int MAX_EXPORT_ROWS = 10_000;

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/audit")
    @Operation(summary = "查询审计日志（分页，最新在前）")
    Page<AuditLogEntry> search(@RequestParam(required = false) String user, @RequestParam(required = false) AuditCategory category,
            @Parameter(description = "开始时间（含），如 2026-12-01 或 2026-12-01T08:00:00+08:00") @RequestParam(required = false) String from,
            @Parameter(description = "结束时间（不含）") @RequestParam(required = false) String to,
            @Parameter(description = "路径包含") @RequestParam(required = false) String path,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        checkAdministrator();
        Page.check(page, size);
        AuditQuery query = AuditQuery.of(user, category, from, to, path);
        return new Page<>(log.find(query, page, size), page, size, log.count(query));
    }

    @GetMapping("/audit.xlsx")
    @Operation(summary = "导出审计日志（Excel，最新在前，最多一万条）")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String user, @RequestParam(required = false) AuditCategory category,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String path) {
        checkAdministrator();
        AuditQuery query = AuditQuery.of(user, category, from, to, path);
        return Downloads.excel("审计日志.xlsx", AuditWorkbook.write(log.find(query, 0, MAX_EXPORT_ROWS)));
    }

    private static void checkAdministrator() {
        if (!CurrentUser.get().isMemberOf(Groups.CAMUNDA_ADMIN)) {
            throw ApiException.forbidden("只有平台管理员可以查看审计日志。");
        }
    }
}
