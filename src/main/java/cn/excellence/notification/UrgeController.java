package cn.excellence.notification;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.notification.TaskUrges.Urge;
import cn.excellence.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/tasks/{taskId}")
@Tag(name = "催办", description = "催办待办任务，每个任务每小时最多一次")
class UrgeController {

    /** An optional note for the person urged (at most 200 characters). */
    record UrgeBody(String note) {
    }

    private final TaskUrges urges;

    UrgeController(TaskUrges urges) {
        this.urges = urges;
    }

    @PostMapping("/urge")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "催办一个任务（组织部或事项发起人）")
    Urge urge(@PathVariable String taskId, @RequestBody(required = false) UrgeBody body) {
        return urges.urge(CurrentUser.get(), taskId, body == null ? null : body.note());
    }

    @GetMapping("/urges")
    @Operation(summary = "一个任务的催办记录")
    List<Urge> urges(@PathVariable String taskId) {
        return urges.urges(CurrentUser.get(), taskId);
    }
}
