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
@RequestMapping("/api/workbench/done")
@Tag(name = "工作台·已办", description = "我办理完成的任务，新的在前")
class WorkbenchDoneController {

    private final WorkbenchDone done;

    WorkbenchDoneController(WorkbenchDone done) {
        this.done = done;
    }

    @GetMapping
    @Operation(summary = "我办理完成的任务（分页，新的在前）")
    Page<DoneTask> done(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return done.done(CurrentUser.get(), page, size);
    }
}
