package cn.fundrisk.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link AdministratorPasswordException} into Spring Boot's short "APPLICATION FAILED TO
 * START" report instead of a stack trace (registered in META-INF/spring.factories).
 */
public class AdministratorPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdministratorPasswordException> {

    static final String ACTION = "Set the environment variable FUNDRISK_ADMIN_PASSWORD to the administrator's password,"
            + " at least " + AdministratorAccount.MIN_LENGTH + " characters, and start again"
            + " (请设置环境变量 FUNDRISK_ADMIN_PASSWORD，至少 " + AdministratorAccount.MIN_LENGTH + " 个字符，然后重新启动)."
            + " It is used once, to create the administrator; later changes are made in the Admin webapp.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdministratorPasswordException cause) {
        return new FailureAnalysis(cause.getMessage(), ACTION, cause);
    }
}
