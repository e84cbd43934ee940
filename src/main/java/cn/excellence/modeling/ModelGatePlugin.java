package cn.excellence.modeling;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One gate for models and expressions, inside the engine: every deployment passes the model rules
 * first and is audited last, every expression the engine parses passes {@link ExpressionRules} and
 * resolves only variables and delegate beans, no script engine runs, and every user task's
 * completion keeps the rules of its Camunda Form ({@link FormRulesParseListener}); a task's name gets its
 * case's subject in Tasklist ({@link TaskSubjectParseListener}).
 */
@Component
class ModelGatePlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;
    private final DelegateBeans delegates;
    private final ModelValidator validator;
    private final JdbcClient jdbc;

    ModelGatePlugin(ApplicationContext context, DelegateBeans delegates, ModelValidator validator, JdbcClient jdbc) {
        this.context = context;
        this.delegates = delegates;
        this.validator = validator;
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new SafeExpressionManager(context, delegates));
        configuration.setScriptingEngines(new ScriptsDisabled());
        configuration.setCustomPreDeployers(with(configuration.getCustomPreDeployers(), new DeploymentGate(validator), true));
        configuration.setCustomPostDeployers(with(configuration.getCustomPostDeployers(), new DeploymentAudit(jdbc), false));
        List<BpmnParseListener> parseListeners = configuration.getCustomPreBPMNParseListeners() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        parseListeners.add(new FormRulesParseListener());
        parseListeners.add(new TaskSubjectParseListener());
        configuration.setCustomPreBPMNParseListeners(parseListeners);
    }

    private static List<Deployer> with(List<Deployer> deployers, Deployer deployer, boolean first) {
        List<Deployer> all = deployers == null ? new ArrayList<>() : new ArrayList<>(deployers);
        all.add(first ? 0 : all.size(), deployer);
        return all;
    }
}
