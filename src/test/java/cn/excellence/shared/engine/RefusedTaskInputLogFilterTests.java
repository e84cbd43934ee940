package cn.excellence.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import cn.excellence.shared.TaskInputException;

/** Refused task input leaves no ERROR with a stack trace; every other engine failure still does. */
class RefusedTaskInputLogFilterTests {

    private final LoggerContext context = new LoggerContext();
    private final Logger engine = context.getLogger(RefusedTaskInputLogFilter.ENGINE_CONTEXT_LOGGER);
    private final RefusedTaskInputLogFilter filter = new RefusedTaskInputLogFilter();

    private static Object[] failure(Throwable cause) {
        return new Object[] {"message", new ProcessEngineException("ENGINE-03051 listener failed", cause)};
    }

    @Test
    void aRefusedTaskInputIsNotAnError() {
        assertThat(filter.decide(null, engine, Level.ERROR, "ENGINE-16004 {}", failure(new TaskInputException("“核定贷款金额”应大于零。")), null))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void everyOtherFailureIsStillLogged() {
        assertThat(filter.decide(null, engine, Level.ERROR, "ENGINE-16004 {}", failure(new OptimisticLockingException("changed")), null))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, engine, Level.ERROR, "ENGINE-16004 {}", new Object[] {"no throwable"}, null))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, context.getLogger("cn.excellence.Other"), Level.ERROR, "x {}",
                failure(new TaskInputException("x")), null)).isEqualTo(FilterReply.NEUTRAL);
    }
}
