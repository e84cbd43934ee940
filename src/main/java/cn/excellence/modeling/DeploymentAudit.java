package cn.excellence.modeling;

import java.util.Optional;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.excellence.shared.jdbc.Rows;

/**
 * The engine's last deployer: every new process version, whichever path deployed it, is recorded
 * with who deployed it (or 系统 at start-up), by which path (the deployment's source, 启动部署 or 引擎 API) and what changed
 * since the version before — in the same transaction as the deployment.
 */
class DeploymentAudit implements Deployer {

    static final String SYSTEM = "系统";
    static final String STARTUP = "启动部署";
    /** The engine REST or Java API without a deployment source (Desktop Modeler sends "Camunda Modeler"). */
    static final String ENGINE_API = "引擎 API";

    private final JdbcClient jdbc;

    DeploymentAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getDeployedProcessDefinitions() == null) {
            return;
        }
        CommandContext context = Context.getCommandContext();
        String user = context.getAuthenticatedUserId();
        String by = user == null ? SYSTEM : user;
        String source = deployment.getSource() != null ? ExpressionRules.abbreviate(deployment.getSource()) : user == null ? STARTUP : ENGINE_API;
        for (ProcessDefinition definition : deployment.getDeployedProcessDefinitions()) {
            byte[] xml = deployment.getResource(definition.getResourceName()).getBytes();
            String changes = previous(context, definition).map(before -> ModelDiff.between(before, xml).summary()).orElse("首个版本");
            jdbc.sql("""
                    insert into model_deployment_audit (process_key, deployment_id, version, deployed_by, deployed_at, changes, source)
                    values (?, ?, ?, ?, ?, ?, ?)""").params(definition.getKey(), deployment.getId(), definition.getVersion(),
                    by, Rows.value(ClockUtil.getCurrentTime()), changes.length() > 4000 ? changes.substring(0, 4000) : changes,
                    source).update();
        }
    }

    private static Optional<byte[]> previous(CommandContext context, ProcessDefinition definition) {
        ProcessDefinitionEntity before = context.getProcessDefinitionManager()
                .findProcessDefinitionByKeyVersionAndTenantId(definition.getKey(), definition.getVersion() - 1, definition.getTenantId());
        if (before == null) {
            return Optional.empty();
        }
        ResourceEntity resource = context.getResourceManager().findResourceByDeploymentIdAndResourceName(before.getDeploymentId(),
                before.getResourceName());
        return Optional.ofNullable(resource).map(ResourceEntity::getBytes);
    }
}
