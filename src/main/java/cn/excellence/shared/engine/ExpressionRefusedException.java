package cn.excellence.shared.engine;

import org.camunda.bpm.engine.ProcessEngineException;

import cn.excellence.shared.TextRules;

/**
 * The engine was asked to parse an expression that the model rules refuses, or to run a
 * script: a model that slipped past the deployment gate (stored before it existed) still cannot run code.
 */
public class ExpressionRefusedException extends ProcessEngineException {

    private ExpressionRefusedException(String message) {
        super(message);
    }

    public static ExpressionRefusedException expression(String expression, String problem) {
        return new ExpressionRefusedException("流程模型中的表达式“" + TextRules.abbreviate(expression, 60) + "”不予执行：" + problem
                + "请平台管理员修正模型后重新部署。");
    }

    public static ExpressionRefusedException script(String language) {
        return new ExpressionRefusedException("服务器不执行脚本（" + language + "）：请平台管理员改用服务任务和已有的委托后重新部署。");
    }
}
