package cn.fundrisk.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine settings that a property cannot hold: our password policy ({@link PasswordRules}, switched on
 * by enablePasswordPolicy in application.yaml). The other hardening is plain configuration in
 * application.yaml (camunda.bpm.generic-properties): task permission TASK_WORK for candidates,
 * deserialization type validation, the login delay instead of a permanent lock. docs/security.md.
 */
@Component
public class EngineHardening extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordPolicy(new PasswordRules());
    }
}
