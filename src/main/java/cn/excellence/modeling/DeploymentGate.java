package cn.excellence.modeling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

/**
 * The engine's first deployer: every new deployment, whichever path it comes by (the modeler, the
 * engine REST, Camunda Desktop Modeler, start-up), passes {@link ModelValidator} before anything of it
 * is parsed or stored; a refused one is a {@link ModelRefusedException} and nothing is saved.
 */
class DeploymentGate implements Deployer {

    private final ModelValidator validator;

    DeploymentGate(ModelValidator validator) {
        this.validator = validator;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        Map<String, byte[]> resources = new LinkedHashMap<>();
        deployment.getResources().forEach((name, resource) -> resources.put(name, resource.getBytes()));
        Map<String, List<ModelProblem>> problems = validator.validateDeployment(resources);
        if (!problems.isEmpty()) {
            throw new ModelRefusedException(problems);
        }
    }
}
