package cn.excellence.workbench;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * Drafts: the server copy of a half-filled form, per user, keyed {@code task-<taskId>} or {@code start-<processKey>}, for a
 * task the user may see or a process they may start. The newer savedAt wins, so a late upload of an older copy changes nothing.
 */
@Service
public class WorkbenchDrafts {

    private static final String TASK = "task-";
    private static final String START = "start-";

    private final Drafts drafts;
    private final FormData forms;
    private final WorkbenchTasks tasks;
    private final WorkbenchStarts starts;

    WorkbenchDrafts(Drafts drafts, FormData forms, WorkbenchTasks tasks, WorkbenchStarts starts) {
        this.drafts = drafts;
        this.forms = forms;
        this.tasks = tasks;
        this.starts = starts;
    }

    public Draft find(CurrentUser user, String draftKey) {
        checkAccess(draftKey);
        return drafts.find(user.userId(), draftKey).orElseThrow(() -> ApiException.notFound("没有这份草稿。"));
    }

    public Draft save(CurrentUser user, String draftKey, JsonNode values, String savedAt) {
        checkAccess(draftKey);
        forms.checkValues(values);
        return drafts.save(user.userId(), draftKey, values, savedAt(savedAt));
    }

    public void delete(CurrentUser user, String draftKey) {
        checkKey(draftKey);
        drafts.delete(user.userId(), draftKey);
    }

    private void checkAccess(String draftKey) {
        checkKey(draftKey);
        if (draftKey.startsWith(TASK)) {
            tasks.visible(draftKey.substring(TASK.length()));
        } else {
            starts.startableDefinition(draftKey.substring(START.length()));
        }
    }

    private static void checkKey(String draftKey) {
        boolean task = draftKey != null && draftKey.startsWith(TASK) && draftKey.substring(TASK.length()).matches("[A-Za-z0-9-]{1,64}");
        boolean start = draftKey != null && draftKey.startsWith(START) && draftKey.substring(START.length()).matches("[A-Za-z][A-Za-z0-9_-]{0,99}");
        if (!task && !start) {
            throw new TaskInputException("草稿标识应为 task-任务编号 或 start-流程标识。");
        }
    }

    private static OffsetDateTime savedAt(String text) {
        if (text == null || text.isBlank()) {
            throw new TaskInputException("请给出草稿的保存时间 savedAt，如 2026-12-01T08:30:00+08:00。");
        }
        try {
            return OffsetDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TaskInputException("草稿的保存时间 savedAt 格式不正确，应如 2026-12-01T08:30:00+08:00。");
        }
    }
}
