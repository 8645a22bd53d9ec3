package cn.fundrisk.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is acting: the authenticated user of the request, else the task's assignee, else the engine. */
@Component
public class Actors {

    public static final String SYSTEM = "system";

    private final IdentityService identityService;

    public Actors(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String of(DelegateTask task) {
        String user = currentUser();
        if (user != null) {
            return user;
        }
        return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
    }

    public String of(DelegateExecution execution) {
        String user = currentUser();
        return user != null ? user : SYSTEM;
    }

    public String currentUser() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
