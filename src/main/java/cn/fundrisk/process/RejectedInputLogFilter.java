package cn.fundrisk.process;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Camunda logs every exception that ends a command at ERROR with its stack trace (ENGINE-16004),
 * including a user's rejected input, which is an everyday answer, not a fault: it is already
 * answered in Chinese ({@link RestErrorFilter}) and recorded in the audit trail
 * ({@link InputRejectionPlugin}). This drops exactly those entries; every other error still logs.
 */
@Component
public class RejectedInputLogFilter extends TurboFilter {

    public RejectedInputLogFilter() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(RejectedInputLogFilter.class::isInstance)) {
            start();
            context.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || !logger.getName().startsWith("org.camunda")) {
            return FilterReply.NEUTRAL;
        }
        if (isRejection(t)) {
            return FilterReply.DENY;
        }
        if (params != null) {
            for (Object param : params) {
                if (param instanceof Throwable thrown && isRejection(thrown)) {
                    return FilterReply.DENY;
                }
            }
        }
        return FilterReply.NEUTRAL;
    }

    static boolean isRejection(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InputRejectedException) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
