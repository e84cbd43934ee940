package cn.excellence.relief;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.fund.FundAccess;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "困难党员救助", description = "单人救助申请和批量救助")
class ReliefController {

    private final ReliefService reliefs;
    private final ReliefBatchService batches;

    ReliefController(ReliefService reliefs, ReliefBatchService batches) {
        this.reliefs = reliefs;
        this.batches = batches;
    }

    @PostMapping("/hardship-reliefs")
    @Operation(summary = "为本组织的困难党员申请救助")
    ResponseEntity<ReliefService.Applied> apply(@RequestBody ReliefService.ReliefRequest request) {
        long id = reliefs.apply(request, CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/hardship-reliefs/" + id)).body(new ReliefService.Applied(id));
    }

    @PostMapping("/relief-batches")
    @Operation(summary = "发起批量救助（组织部）：按规则（PRE1949_VETERANS、ELDERLY_FARMERS）或名单（LIST）",
            description = "同一 Idempotency-Key 再次提交同一请求，返回同一批（200）；同一 Idempotency-Key 用于不同请求，422。"
                    + "与已有批次规则、参数或名单、每人金额都相同的请求，409 并指出已有批次；确需再发一次，注明 repeatOf（最近一批的编号）。")
    ResponseEntity<ReliefBatchView> open(@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody ReliefBatchService.BatchRequest request) {
        CurrentUser user = CurrentUser.get();
        ReliefBatchService.checkMayOpen(user);
        ReliefBatchService.Opened opened = batches.open(request, idempotencyKey, user.userId());
        URI location = URI.create("/api/relief-batches/" + opened.id());
        ReliefBatchView batch = batches.progress(opened.id());
        return opened.created() ? ResponseEntity.created(location).body(batch) : ResponseEntity.ok().location(location).body(batch);
    }

    @GetMapping("/relief-batches")
    @Operation(summary = "批量救助列表，最新的在前（分页）")
    Page<ReliefBatchView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        FundAccess.check();
        return batches.list(page, size);
    }

    @PostMapping("/relief-batches/{id}/retry")
    @Operation(summary = "重试支付受阻的批量救助（组织部）：补足基金或排除原因后，受阻的一片再次支付",
            description = "只支付尚未支付的人；没有受阻的支付时 409。")
    ReliefBatchView retry(@PathVariable long id) {
        return batches.retry(id, CurrentUser.get());
    }

    @GetMapping("/relief-batches/{id}")
    @Operation(summary = "批量救助进度：人数、已支付、待支付、金额")
    ReliefBatchView progress(@PathVariable long id) {
        FundAccess.check();
        return batches.progress(id);
    }
}
