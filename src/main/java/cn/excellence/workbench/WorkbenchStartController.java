package cn.excellence.workbench;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/workbench/start-forms")
@Tag(name = "工作台·发起", description = "我可以发起的流程、它们的开始表单和发起（同一 Idempotency-Key 只发起一次）")
class WorkbenchStartController {

    private final WorkbenchStarts starts;

    WorkbenchStartController(WorkbenchStarts starts) {
        this.starts = starts;
    }

    @GetMapping
    @Operation(summary = "我可以发起的流程（与 Tasklist 的“启动流程”相同）")
    List<StartableProcess> startable() {
        return starts.startable();
    }

    @GetMapping("/{processKey}")
    @Operation(summary = "一个流程的开始表单（form-js 格式）和初始值")
    StartFormView form(@PathVariable String processKey) {
        return starts.form(processKey);
    }

    @PostMapping("/{processKey}")
    @Operation(summary = "以开始表单的值发起流程；同一 Idempotency-Key 再次提交返回同一结果（replayed=true），不会重复发起")
    Started start(@PathVariable String processKey, @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody(required = false) FormSubmission body) {
        return starts.start(CurrentUser.get(), processKey, idempotencyKey, body == null ? null : body.values());
    }
}
