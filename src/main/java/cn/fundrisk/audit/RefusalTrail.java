package cn.fundrisk.audit;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.fundrisk.audit.AuditEntry.Action;
import cn.fundrisk.process.BusinessKeys;
import cn.fundrisk.process.Clock;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refusals in the audit trail: every 403 or 404 answered to a logged-in user on our pages and /api,
 * /engine-rest and the webapps' API (/camunda/api) is one REJECTED row (who, when, the method and
 * path, the unit when the path names one), written in a transaction of its own after the answer.
 * Static files are left out, so that the trail shows attempts, not a missing icon. Part of the
 * security gate (SecurityConfig builds it, not a bean: Boot would register it a second time),
 * where it sees the gate's own refusals too.
 */
public class RefusalTrail extends OncePerRequestFilter {

    public static final String ENTITY = "Request";
    private static final Logger LOG = LoggerFactory.getLogger(RefusalTrail.class);
    private static final Pattern UNIT_PATH = Pattern.compile("/(?:units|campaign-units)/(\\d+)(?:/|$)");
    private static final Pattern TASK_PATH = Pattern.compile("/task/([0-9a-fA-F-]{8,64})(?:/|$)");
    private static final Pattern INSTANCE_PATH = Pattern.compile("/process-instance/([0-9a-fA-F-]{8,64})(?:/|$)");

    private final AuditEntries entries;
    private final TransactionTemplate ownTransaction;
    private final TaskService taskService;
    private final RuntimeService runtimeService;

    public RefusalTrail(AuditEntries entries, PlatformTransactionManager transactionManager, TaskService taskService,
            RuntimeService runtimeService) {
        this.entries = entries;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            if ((status == 403 || status == 404) && user != null && user.isAuthenticated()
                    && !(user instanceof AnonymousAuthenticationToken) && traced(path(request))) {
                record(user.getName(), request, status);
            }
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Our pages and APIs, the engine's and the webapps' APIs; not static files. */
    static boolean traced(String path) {
        return !(path.startsWith("/camunda/") && !path.startsWith("/camunda/api/")) && !path.startsWith("/webjars/")
                && !path.startsWith("/js/") && !path.equals("/favicon.ico");
    }

    private void record(String userId, HttpServletRequest request, int status) {
        String path = path(request);
        try {
            Long unit = unitOf(path);
            String what = request.getMethod() + " " + AuditEntry.cut(path, 200);
            AuditEntry entry = AuditEntry.of(Clock.now(), userId, Action.REJECTED, ENTITY, null, unit,
                    String.valueOf(status), null, null, (status == 403 ? "拒绝访问：" : "未找到或无权查看：") + what);
            ownTransaction.executeWithoutResult(s -> entries.append(entry));
        } catch (RuntimeException e) {
            LOG.warn("Could not record a refused request in the audit trail: {} {}", request.getMethod(), path, e);
        }
    }

    /** The campaign unit the path names: by its id, or by a task or unit process instance of it (asked as the engine). */
    Long unitOf(String path) {
        Matcher unit = UNIT_PATH.matcher(path);
        if (unit.find()) {
            return Long.valueOf(unit.group(1));
        }
        String instanceId = null;
        Matcher task = TASK_PATH.matcher(path);
        if (task.find()) {
            Task t = taskService.createTaskQuery().taskId(task.group(1)).singleResult();
            instanceId = t == null ? null : t.getProcessInstanceId();
        }
        Matcher instance = INSTANCE_PATH.matcher(path);
        if (instanceId == null && instance.find()) {
            instanceId = instance.group(1);
        }
        return BusinessKeys.campaignUnitIdOfInstance(runtimeService, instanceId);
    }
}
