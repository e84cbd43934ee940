package cn.excellence.shared.engine;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import cn.excellence.shared.TaskInputException;

/**
 * The engine logs every failed command at ERROR with its stack trace, a task refused for bad input
 * too. That is the user's mistake, answered with a 400 and a Chinese message, not an error of the
 * system: logged once at INFO, without the trace. Registered in {@code logback-spring.xml}.
 */
public class RefusedTaskInputLogFilter extends TurboFilter {

    static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RefusedTaskInputLogFilter.class);

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.ERROR || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        TaskInputException refused = EngineRestExceptionMapper.find(throwable(params, t), TaskInputException.class);
        if (refused == null) {
            return FilterReply.NEUTRAL;
        }
        LOG.info("任务输入被拒绝：{}", refused.getMessage());
        return FilterReply.DENY;
    }

    private static Throwable throwable(Object[] params, Throwable t) {
        if (t != null) {
            return t;
        }
        return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
    }
}
