package cn.excellence.relief;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Org-dept approves a relief application. */
@Component
class OrgDeptReliefApprovalListener implements TaskListener {

    private final ReliefService reliefs;
    private final ReliefResults results;

    OrgDeptReliefApprovalListener(ReliefService reliefs, ReliefResults results) {
        this.reliefs = reliefs;
        this.results = results;
    }

    @Override
    public void notify(DelegateTask task) {
        reliefs.review(longOf(task, "reliefId"), task.getVariable("reviewDecision"),
                task.getVariable("reviewNote"), ReliefStatus.APPROVED);
        results.announce(task.getProcessInstanceId(), longOf(task, "reliefId"));
    }
}
