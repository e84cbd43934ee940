package cn.excellence.workbench;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "工作台：办理过程", description = "一个事项的时间线：发起、各步骤的办理人、时间、意见和催办")
class TimelineController {

    private final Timelines timelines;

    TimelineController(Timelines timelines) {
        this.timelines = timelines;
    }

    @GetMapping("/api/workbench/timeline/{processInstanceId}")
    @Operation(summary = "一个事项的办理过程（发起人、办过该事项的人、全旗角色和所辖苏木镇的书记可见）")
    Timeline timeline(@PathVariable String processInstanceId) {
        return timelines.of(CurrentUser.get(), processInstanceId);
    }
}
