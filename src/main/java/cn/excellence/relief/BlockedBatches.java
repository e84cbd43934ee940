package cn.excellence.relief;

import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.excellence.shared.engine.WithoutAuthorization;

/**
 * Batches whose payment is stuck (支付受阻): a slice's job that failed on every try and so waits, with an incident, for
 * someone to retry it. Read and retried without the engine's authorization checks: the service has already decided who
 * may see a batch and who may retry it (org-dept).
 */
@Component
class BlockedBatches {

    /** Tries a retried slice gets before it stops again; the engine's default for a job. */
    static final int RETRIES = 3;

    private final ObjectProvider<ProcessEngine> engine;

    BlockedBatches(ObjectProvider<ProcessEngine> engine) {
        this.engine = engine;
    }

    /** Why the batch's payment stopped, when a slice has run out of retries. */
    Optional<String> reason(long batchId) {
        return stuckJob(batchId).map(job -> job.getExceptionMessage() == null ? "支付出错，原因未记录。" : job.getExceptionMessage());
    }

    /** Gives the stuck slice its retries back (the engine runs it again at once); false when no slice is stuck. */
    boolean retry(long batchId) {
        Optional<Job> stuck = stuckJob(batchId);
        stuck.ifPresent(job -> WithoutAuthorization.read(engine.getObject(), () -> {
            engine.getObject().getManagementService().setJobRetries(job.getId(), RETRIES);
            return null;
        }));
        return stuck.isPresent();
    }

    private Optional<Job> stuckJob(long batchId) {
        ProcessEngine processEngine = engine.getObject();
        return WithoutAuthorization.read(processEngine, () -> {
            ProcessInstance instance = processEngine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey(ReliefBatchService.PROCESS).variableValueEquals(ReliefBatchService.VAR_BATCH_ID, batchId)
                    .singleResult();
            if (instance == null) {
                return Optional.empty();
            }
            return processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId()).noRetriesLeft().list()
                    .stream().findFirst();
        });
    }
}
