package cn.excellence.workbench;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.excellence.shared.cases.CaseTimes;
import cn.excellence.shared.engine.WithoutAuthorization;

/**
 * How the records' processes stand in the engine: the earliest due date of their open tasks and when they last moved (a
 * task opened, the process ended). Read without authorization checks, for records the caller has already scoped.
 */
@Component
class CaseProgress {

    /** The earliest open task's due date and the latest move, each null when unknown. */
    record Progress(Instant openTaskDue, Instant lastMoved) {
        static final Progress NONE = new Progress(null, null);
    }

    private static final int CHUNK = 500;
    private final ProcessEngine engine;

    CaseProgress(ProcessEngine engine) {
        this.engine = engine;
    }

    Map<String, Progress> of(Collection<String> processInstanceIds) {
        List<String> ids = List.copyOf(new HashSet<>(processInstanceIds));
        Map<String, Progress> progress = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(from + CHUNK, ids.size()));
            WithoutAuthorization.read(engine, () -> {
                read(chunk, progress);
                return null;
            });
        }
        return progress;
    }

    private void read(List<String> ids, Map<String, Progress> progress) {
        Map<String, List<Task>> tasks = new HashMap<>();
        engine.getTaskService().createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new)).list()
                .forEach(t -> tasks.computeIfAbsent(t.getProcessInstanceId(), k -> new java.util.ArrayList<>()).add(t));
        for (HistoricProcessInstance instance : engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceIds(new HashSet<>(ids)).list()) {
            List<Task> open = tasks.getOrDefault(instance.getId(), List.of());
            Instant due = open.stream().map(Task::getDueDate).filter(Objects::nonNull).map(Date::toInstant).min(Comparator.naturalOrder())
                    .orElse(null);
            Instant opened = open.stream().map(Task::getCreateTime).filter(Objects::nonNull).map(Date::toInstant)
                    .max(Comparator.naturalOrder()).orElse(null);
            progress.put(instance.getId(), new Progress(due, CaseTimes.latest(opened, instant(instance.getStartTime()),
                    instant(instance.getEndTime()))));
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
