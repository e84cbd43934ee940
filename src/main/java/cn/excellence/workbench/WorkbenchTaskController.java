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
@RequestMapping("/api/workbench/tasks")
@Tag(name = "工作台·待办", description = "我的待办和我所在组的待办、任务表单、认领和办理（同一 Idempotency-Key 只办理一次）")
class WorkbenchTaskController {

    private final WorkbenchTasks tasks;

    WorkbenchTaskController(WorkbenchTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    @Operation(summary = "我的待办：逾期的在前，再按截止时间，最后按创建时间（新的在前）")
    List<TaskSummary> tasks() {
        return tasks.myTasks(CurrentUser.get());
    }

    @GetMapping("/{taskId}")
    @Operation(summary = "一个任务、它的表单（form-js 格式）和表单的初始值")
    TaskForm task(@PathVariable String taskId) {
        return tasks.form(CurrentUser.get(), taskId);
    }

    @PostMapping("/{taskId}/claim")
    @Operation(summary = "认领一个未分配、我是候选人的任务")
    TaskSummary claim(@PathVariable String taskId) {
        return tasks.claim(CurrentUser.get(), taskId);
    }

    @PostMapping("/{taskId}/complete")
    @Operation(summary = "以表单的值办理任务；同一 Idempotency-Key 再次提交返回同一结果（replayed=true），不会重复办理")
    Completion complete(@PathVariable String taskId, @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody(required = false) FormSubmission body) {
        return tasks.complete(CurrentUser.get(), taskId, idempotencyKey, body == null ? null : body.values());
    }
}
