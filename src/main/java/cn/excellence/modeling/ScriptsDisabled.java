package cn.excellence.modeling;

import java.util.List;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.impl.scripting.engine.DefaultScriptEngineResolver;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptBindingsFactory;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptingEngines;

import cn.excellence.shared.engine.ExpressionRefusedException;

/** The engine's script engines, switched off: no script of any language runs, whatever model asks for one (BPMN or DMN). */
class ScriptsDisabled extends ScriptingEngines {

    ScriptsDisabled() {
        super(new ScriptBindingsFactory(List.of()), new DefaultScriptEngineResolver(new ScriptEngineManager(null)));
    }

    @Override
    public ScriptEngine getScriptEngineForLanguage(String language) {
        throw ExpressionRefusedException.script(language);
    }
}
