package cn.fundrisk.process;

import java.util.ArrayList;
import java.util.List;

import cn.fundrisk.audit.RejectedAttempts;
import cn.fundrisk.identity.PasswordRules;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine wraps exceptions thrown by task listeners ("ENGINE-03051 There was an exception while
 * invoking the TaskListener ..."), which REST answers with 500. Outside the transaction (so it has
 * already been rolled back), this unwraps our {@link InputRejectedException} for Java callers, tells
 * {@link RestErrorFilter}, which answers REST callers (Tasklist too) with 400 and the plain
 * Chinese message, and has the attempt recorded in the audit trail ({@link RejectedAttempts}).
 */
@Component
public class InputRejectionPlugin extends AbstractProcessEnginePlugin {

    /** The engine's words when a new password fails the policy (PasswordRules): answered in Chinese. */
    static final String PASSWORD_REFUSED = "Password does not match policy";
    /** Commands the engine runs inside a command: only the outermost one records the attempt. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    /** Looked up when needed: the recorder uses the engine this plugin configures. */
    private final ObjectProvider<RejectedAttempts> rejectedAttempts;

    public InputRejectionPlugin(ObjectProvider<RejectedAttempts> rejectedAttempts) {
        this.rejectedAttempts = rejectedAttempts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(
                with(configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                with(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    }

    private List<CommandInterceptor> with(List<CommandInterceptor> existing) {
        List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        interceptors.add(0, new Unwrapping());
        return interceptors;
    }

    final class Unwrapping extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                RuntimeException answered = PASSWORD_REFUSED.equals(e.getMessage())
                        ? new InputRejectedException(PasswordRules.MESSAGE) : e;
                for (Throwable cause = answered; cause != null; cause = cause.getCause()) {
                    if (cause instanceof InputRejectedException rejected) {
                        RestErrorFilter.remember(rejected);
                        if (depth[0] == 1) {
                            rejectedAttempts.ifAvailable(r -> r.record(rejected, command.getClass().getSimpleName()));
                        }
                        throw rejected;
                    }
                }
                throw answered;
            } finally {
                depth[0]--;
            }
        }
    }
}
