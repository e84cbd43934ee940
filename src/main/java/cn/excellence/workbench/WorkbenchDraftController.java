package cn.excellence.workbench;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/workbench/drafts/{draftKey}")
@Tag(name = "工作台·草稿", description = "填了一半的表单在服务器上的副本（task-任务编号 或 start-流程标识），较新的保存时间为准")
class WorkbenchDraftController {

    /** The form's values (a JSON object, at most 64 KB) and when the browser saved them (ISO-8601 with offset). */
    record DraftBody(JsonNode values, String savedAt) {
    }

    private final WorkbenchDrafts drafts;

    WorkbenchDraftController(WorkbenchDrafts drafts) {
        this.drafts = drafts;
    }

    @GetMapping
    @Operation(summary = "我的一份草稿")
    Draft draft(@PathVariable String draftKey) {
        return drafts.find(CurrentUser.get(), draftKey);
    }

    @PutMapping
    @Operation(summary = "保存草稿；比已存草稿旧的保存被忽略，返回已存的草稿")
    Draft save(@PathVariable String draftKey, @RequestBody(required = false) DraftBody body) {
        return drafts.save(CurrentUser.get(), draftKey, body == null ? null : body.values(), body == null ? null : body.savedAt());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除草稿")
    void delete(@PathVariable String draftKey) {
        drafts.delete(CurrentUser.get(), draftKey);
    }
}
