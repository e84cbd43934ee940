package cn.excellence.workbench;

import java.util.List;

import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.springframework.stereotype.Service;

import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.Page;

/**
 * 已办: the tasks I completed, newest first. They are mine by definition (I was their assignee when they were completed),
 * so they are read from the history without the process-level history permission a secretary does not have.
 */
@Service
public class WorkbenchDone {

    private static final String COMPLETED = "completed";

    private final EngineAccess engine;

    WorkbenchDone(EngineAccess engine) {
        this.engine = engine;
    }

    public Page<DoneTask> done(CurrentUser user, int page, int size) {
        Page.check(page, size);
        long total = engine.privileged(() -> query(user).count());
        List<HistoricTaskInstance> tasks = engine.privileged(() -> query(user).orderByHistoricTaskInstanceEndTime().desc()
                .orderByHistoricActivityInstanceStartTime().desc().listPage(page * size, size));
        return new Page<>(tasks.stream().map(this::done).toList(), page, size, total);
    }

    private HistoricTaskInstanceQuery query(CurrentUser user) {
        return engine.engine().getHistoryService().createHistoricTaskInstanceQuery().taskAssignee(user.userId()).finished()
                .taskDeleteReason(COMPLETED);
    }

    private DoneTask done(HistoricTaskInstance task) {
        String[] name = EngineAccess.nameAndSubject(task.getName());
        return new DoneTask(task.getId(), name[0], name[1], engine.processName(task.getProcessDefinitionId()), task.getProcessInstanceId(),
                EngineAccess.time(task.getEndTime()));
    }
}
