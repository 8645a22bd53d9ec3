package cn.fundrisk.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps exceptions thrown by task listeners ("ENGINE-03051 There was an exception while
 * invoking the TaskListener ..."), which REST answers with 500. Outside the transaction (so it has
 * already been rolled back), this unwraps our {@link InputRejectedException} for Java callers and
 * tells {@link RestErrorFilter}, which answers REST callers (Tasklist too) with 400 and the
 * plain Chinese message.
 */
@Component
public class InputRejectionPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(
                with(configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                with(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> existing) {
        List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        interceptors.add(0, new Unwrapping());
        return interceptors;
    }

    static final class Unwrapping extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof InputRejectedException rejected) {
                        RestErrorFilter.remember(rejected);
                        throw rejected;
                    }
                }
                throw e;
            }
        }
    }
}
