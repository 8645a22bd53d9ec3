package cn.fundrisk.process;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class RejectedInputLogFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final Logger engineContext = context.getLogger("org.camunda.bpm.engine.context");
    private final RejectedInputLogFilter filter = new RejectedInputLogFilter();

    @Test
    void dropsTheEngineErrorOfARejectedInputWhereverTheExceptionTravels() {
        ProcessEngineException wrapped = new ProcessEngineException("ENGINE-03051 TaskListener",
                new InputRejectedException("请填写工作方案正文"));

        assertThat(filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004 {}", null, wrapped))
                .isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004 {}", new Object[] {"x", wrapped}, null))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void keepsEveryOtherErrorAndOtherLoggers() {
        ProcessEngineException fault = new ProcessEngineException("database down", new IllegalStateException());
        InputRejectedException rejected = new InputRejectedException("请填写工作方案正文");

        assertThat(filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004 {}", null, fault))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, context.getLogger("cn.fundrisk.x"), Level.ERROR, "{}", null, rejected))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, engineContext, Level.INFO, "{}", null, rejected))
                .isEqualTo(FilterReply.NEUTRAL);
    }
}
