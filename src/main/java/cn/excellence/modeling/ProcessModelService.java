package cn.excellence.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.web.ApiException;

/** Deploys validated models with an audit record, lists versions, compares them and migrates running instances. */
@Service
public class ProcessModelService {

    /** The deployment source of the modeler's deployments, shown in the audit. */
    static final String MODELER = "excellence-modeler";

    /** Versions listed and instances migrated per call: the engine's query limit. */
    static final int MAX_LIST = 2000;

    private final ModelValidator validator;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;

    ProcessModelService(ModelValidator validator, RepositoryService repository, RuntimeService runtime, JdbcClient jdbc) {
        this.validator = validator;
        this.repository = repository;
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    public record Deployed(String deploymentId, String processDefinitionId, String processKey, int version, String changes) {
    }

    /** Validates and deploys as a new version; the engine records who deployed what ({@link DeploymentAudit}). */
    @Transactional
    public Deployed deploy(String fileName, byte[] xml, String by) {
        List<ModelProblem> problems = validator.validate(xml);
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
        String key = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(xml)).getModelElementsByType(Process.class)
                .iterator().next().getId();
        String name = fileName == null || !fileName.endsWith(".bpmn") ? key + ".bpmn" : fileName.replaceAll("[^\\w.-]", "_");
        DeploymentWithDefinitions deployment = repository.createDeployment().name("modeler:" + key).source(MODELER)
                .addInputStream(name, new java.io.ByteArrayInputStream(xml)).deployWithResult();
        ProcessDefinition current = latest(key);
        String changes = jdbc.sql("select changes from model_deployment_audit where deployment_id = ? and process_key = ?")
                .params(deployment.getId(), key).query(String.class).optional().orElse("");
        return new Deployed(deployment.getId(), current.getId(), key, current.getVersion(), changes);
    }

    ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    ProcessDefinition version(String key, int version) {
        if (version < 1) {
            throw new TaskInputException("版本号从 1 开始。");
        }
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key).processDefinitionVersion(version)
                .singleResult();
        if (definition == null) {
            throw ApiException.notFound("流程“" + key + "”没有第 " + version + " 版。");
        }
        return definition;
    }

    public byte[] xml(ProcessDefinition definition) {
        try (InputStream in = repository.getProcessModel(definition.getId())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record ProcessSummary(String key, String name, int latestVersion, long runningInstances) {
    }

    /** Every deployed process with its latest version and how many of its instances (all versions) run. */
    public List<ProcessSummary> processes() {
        return repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().listPage(0, MAX_LIST).stream()
                .map(d -> new ProcessSummary(d.getKey(), d.getName(), d.getVersion(),
                        runtime.createProcessInstanceQuery().processDefinitionKey(d.getKey()).count()))
                .toList();
    }

    public byte[] xml(String key, int version) {
        return xml(version(key, version));
    }

    public record AuditEntry(int version, String deploymentId, String deployedBy, LocalDateTime deployedAt, String changes, String source) {
    }

    /** Who deployed which version, by whichever path, newest first. */
    public List<AuditEntry> deployments(String key) {
        return jdbc.sql("""
                select version, deployment_id, deployed_by, deployed_at, changes, source from model_deployment_audit
                where process_key = ? order by version desc""").param(key)
                .query((rs, n) -> new AuditEntry(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime(), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** One deployed version of a process and how many of its instances run. */
    public record VersionSummary(int version, String id, String deploymentId, long runningInstances) {
    }

    public List<VersionSummary> versions(String key) {
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .orderByProcessDefinitionVersion().asc().listPage(0, MAX_LIST);
        if (definitions.isEmpty()) {
            throw ApiException.notFound("流程“" + key + "”不存在。");
        }
        return definitions.stream().map(d -> new VersionSummary(d.getVersion(), d.getId(), d.getDeploymentId(),
                runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count())).toList();
    }

    public ModelDiff diff(String key, int from, int to) {
        return ModelDiff.between(xml(version(key, from)), xml(version(key, to)));
    }

    public record MigrationPreview(List<String> mappedActivities, List<String> movable, Map<String, String> blocked) {
    }

    /** The plan (activities present in both versions) and which running instances can move, and why the others cannot. */
    public MigrationPreview preview(String key, int from, int to) {
        ProcessDefinition source = version(key, from);
        ProcessDefinition target = version(key, to);
        MigrationPlan plan = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
        List<String> mapped = plan.getInstructions().stream().map(i -> i.getSourceActivityId()).toList();
        List<String> movable = new ArrayList<>();
        Map<String, String> blocked = new java.util.LinkedHashMap<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).listPage(0, MAX_LIST)) {
            List<String> unmapped = new ArrayList<>();
            leaves(runtime.getActivityInstance(instance.getId()), unmapped);
            unmapped.removeIf(mapped::contains);
            if (unmapped.isEmpty()) {
                movable.add(instance.getId());
            } else {
                blocked.put(instance.getId(), "停在新版本中没有的环节：" + String.join("、", unmapped));
            }
        }
        return new MigrationPreview(mapped, movable, blocked);
    }

    private static void leaves(ActivityInstance instance, List<String> into) {
        if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0) {
            into.add(instance.getActivityId());
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            leaves(child, into);
        }
        for (var transition : instance.getChildTransitionInstances()) {
            into.add(transition.getActivityId());
        }
    }

    /** Moves the instances that can move; the others stay where they are. */
    public MigrationPreview migrate(String key, int from, int to) {
        MigrationPreview preview = preview(key, from, to);
        if (!preview.movable().isEmpty()) {
            MigrationPlan plan = runtime.createMigrationPlan(version(key, from).getId(), version(key, to).getId()).mapEqualActivities().build();
            try {
                runtime.newMigration(plan).processInstanceIds(preview.movable()).execute();
            } catch (MigrationPlanValidationException e) {
                throw new TaskInputException("迁移计划无效：" + e.getMessage());
            }
        }
        return preview;
    }
}
