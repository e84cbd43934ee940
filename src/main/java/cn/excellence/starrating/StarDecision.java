package cn.excellence.starrating;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.excellence.shared.engine.WithoutAuthorization;

/** Points to stars by the deployed DMN table (bpmn/star-rating-stars.dmn, latest version). */
@Component
class StarDecision {

    private final ObjectProvider<ProcessEngine> engine;

    StarDecision(ObjectProvider<ProcessEngine> engine) {
        this.engine = engine;
    }

    /**
     * Points → stars for one computation, each distinct points value evaluated once. The table is the model's rule, not
     * the user's data, so it is evaluated without the user's authorization checks.
     */
    IntUnaryOperator table() {
        ProcessEngine processEngine = engine.getObject();
        Map<Integer, Integer> stars = new HashMap<>();
        return points -> stars.computeIfAbsent(points, p -> WithoutAuthorization.read(processEngine, () -> ((Number) processEngine
                .getDecisionService().evaluateDecisionTableByKey(StarRatingProcess.DECISION_STARS, Variables.createVariables()
                        .putValue("points", p)).getSingleResult().getEntry("stars")).intValue()));
    }
}
