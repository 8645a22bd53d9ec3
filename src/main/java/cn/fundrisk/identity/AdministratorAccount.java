package cn.fundrisk.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Profile prod (without ldap): the administrator's account. Start-up fails unless
 * fundrisk.admin.password (environment: FUNDRISK_ADMIN_PASSWORD) holds at least 12 characters.
 * Creates the groups office, leaders, inspectors and camunda-admin when missing, and the user
 * fundrisk.admin.user (default admin) in camunda-admin when missing. An existing user is left as it
 * is: the password in the environment never resets one changed in the Admin webapp.
 * <p>
 * An engine plugin, so that the password is checked before the engine is built (the engine waits
 * for its plugins) and the account is created as soon as the engine is.
 */
@Component
@Profile("prod & !ldap")
public class AdministratorAccount extends AbstractProcessEnginePlugin {

    static final int MIN_LENGTH = 12;
    static final String MISSING = "FUNDRISK_ADMIN_PASSWORD is not set: the prod profile needs the administrator's"
            + " password (生产环境必须通过环境变量 FUNDRISK_ADMIN_PASSWORD 提供管理员密码)";
    static final String TOO_SHORT = "FUNDRISK_ADMIN_PASSWORD is too weak: the administrator's password needs at least "
            + MIN_LENGTH + " characters (管理员密码至少需要 " + MIN_LENGTH + " 个字符)";
    static final String WEAK = "FUNDRISK_ADMIN_PASSWORD does not meet the password policy: it needs two of letters, digits"
            + " and other characters and must not contain the user id (管理员密码不符合密码规则：" + PasswordRules.MESSAGE + ")";
    private static final Logger LOG = LoggerFactory.getLogger(AdministratorAccount.class);

    private final String userId;
    private final String password;

    public AdministratorAccount(@Value("${fundrisk.admin.user:admin}") String userId,
            @Value("${fundrisk.admin.password:}") String password) {
        this.userId = userId.strip();
        this.password = checked(password);
        if (PasswordRules.classes(this.password) < 2 || this.password.toLowerCase(java.util.Locale.ROOT)
                .contains(this.userId.toLowerCase(java.util.Locale.ROOT))) {
            throw refuse(WEAK);
        }
    }

    static String checked(String password) {
        if (password == null || password.isBlank()) {
            throw refuse(MISSING);
        }
        if (password.length() < MIN_LENGTH) {
            throw refuse(TOO_SHORT);
        }
        return password;
    }

    private static AdministratorPasswordException refuse(String message) {
        LOG.error(message);
        return new AdministratorPasswordException(message);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        IdentityService identity = processEngine.getIdentityService();
        BaseGroups.create(identity);
        if (identity.createUserQuery().userId(userId).count() > 0) {
            LOG.info("Administrator {} exists: left as it is (FUNDRISK_ADMIN_PASSWORD does not reset its password)",
                    userId);
            return;
        }
        User user = identity.newUser(userId);
        user.setFirstName("管理员");
        user.setLastName("系统");
        user.setPassword(password);
        identity.saveUser(user);
        identity.createMembership(userId, Groups.CAMUNDA_ADMIN);
        LOG.info("Administrator {} created in group {}", userId, Groups.CAMUNDA_ADMIN);
    }

    String userId() {
        return userId;
    }
}
