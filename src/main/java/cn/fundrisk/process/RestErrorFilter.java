package cn.fundrisk.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.fundrisk.identity.AccessRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda's REST API, on /engine-rest and on the API Tasklist itself uses, answers in English and
 * wraps whatever a task submission threw into "Cannot submit task form &lt;id&gt;: ..." with 500.
 * This puts our users' answers right, in Camunda's error format (which Tasklist shows as it is):
 * <ul>
 * <li>bad input ({@link InputRejectedException}, remembered by {@link InputRejectionPlugin}): 400
 * with the plain Chinese message;</li>
 * <li>denied access (Camunda's AuthorizationException): 403 with a Chinese message, Camunda's own
 * in {@code detail};</li>
 * <li>not found, which is also what a unit user gets for another unit's task (the engine does not
 * tell it exists): 404 with a Chinese message;</li>
 * <li>a task completed twice (double click, replayed call): 404; completed by someone else at the
 * same moment: 409; both with a Chinese message, nothing saved.</li>
 * </ul>
 */
@Configuration
public class RestErrorFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = RestErrorFilter.class.getName() + ".message";
    static final String DENIED = "无权执行此操作：该任务、流程或材料不属于您所在的单位，或不在您的职责范围内。";
    static final String NOT_FOUND = "未找到：该任务或流程不存在，或不属于您所在的单位。";
    static final String TASK_GONE = "该任务已办结或不存在：可能已由您或他人办理，请刷新任务列表。本次提交未保存。";
    static final String TASK_CONCURRENT = "该任务刚刚已由他人办理，本次提交未保存，请刷新任务列表。";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A task's actions on /engine-rest and Tasklist's /camunda/api/engine/engine/{name}. */
    private static final Pattern TASK_ACTION = Pattern.compile(".*/task/([^/]+)/(submit-form|complete|resolve)$");

    private final ObjectProvider<TaskService> taskService;
    private final ObjectProvider<AccessRules> accessRules;

    public RestErrorFilter(ObjectProvider<TaskService> taskService, ObjectProvider<AccessRules> accessRules) {
        this.taskService = taskService;
        this.accessRules = accessRules;
    }

    @Bean
    FilterRegistrationBean<RestErrorFilter> restErrorFilterRegistration() {
        FilterRegistrationBean<RestErrorFilter> registration = new FilterRegistrationBean<>(this);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        return registration;
    }

    /** Called by the engine's interceptor: remembers the rejection for this request, if there is one. */
    static void remember(InputRejectedException rejected) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(ATTRIBUTE, rejected.getMessage(), RequestAttributes.SCOPE_REQUEST);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        Object rejection = request.getAttribute(ATTRIBUTE);
        Matcher taskAction = TASK_ACTION.matcher(request.getRequestURI());
        if (rejection != null && wrapper.getStatus() >= 500) {
            replace(wrapper, response, HttpServletResponse.SC_BAD_REQUEST,
                    body(InputRejectedException.class.getSimpleName(), rejection.toString(), null));
        } else if (taskAction.matches() && (wrapper.getStatus() >= 500 || wrapper.getStatus() == 409) && isJson(wrapper)) {
            taskActionFailed(wrapper, response, taskAction.group(1));
        } else if (taskAction.matches() && wrapper.getStatus() == HttpServletResponse.SC_FORBIDDEN && isJson(wrapper)
                && taskGone(taskAction.group(1))) {
            // completed by someone else while this request checked its permission (which the task's
            // candidate groups gave): not a refusal, the task is done
            JsonNode original = JSON.readTree(wrapper.getContentAsByteArray());
            replace(wrapper, response, HttpServletResponse.SC_NOT_FOUND, body(original.path("type").asText(""),
                    TASK_GONE, original.path("message").asText(null)));
        } else if (wrapper.getStatus() == HttpServletResponse.SC_FORBIDDEN && isJson(wrapper)) {
            JsonNode original = JSON.readTree(wrapper.getContentAsByteArray());
            replace(wrapper, response, HttpServletResponse.SC_FORBIDDEN,
                    body(original.path("type").asText("AuthorizationException"), DENIED,
                            original.path("message").asText(null)));
        } else if (wrapper.getStatus() == HttpServletResponse.SC_NOT_FOUND && isJson(wrapper)) {
            // the engine hides what a user may not read: to them it does not exist
            JsonNode original = JSON.readTree(wrapper.getContentAsByteArray());
            replace(wrapper, response, HttpServletResponse.SC_NOT_FOUND,
                    body(original.path("type").asText("InvalidRequestException"), NOT_FOUND,
                            original.path("message").asText(null)));
        } else {
            wrapper.copyBodyToResponse();
        }
    }

    /**
     * A completion that lost: the task was completed before (a double click, a replayed call: 404)
     * or by someone else at the same moment (the engine's optimistic lock: 409). Nothing of it was
     * saved; anything else stays an internal error.
     */
    private void taskActionFailed(ContentCachingResponseWrapper wrapper, HttpServletResponse response, String taskId)
            throws IOException {
        JsonNode original = JSON.readTree(wrapper.getContentAsByteArray());
        String type = original.path("type").asText("");
        String message = original.path("message").asText("");
        if (type.contains("OptimisticLocking") || message.contains("OptimisticLocking")) {
            replace(wrapper, response, HttpServletResponse.SC_CONFLICT, body(type, TASK_CONCURRENT, message));
        } else if (taskGone(taskId)) {
            replace(wrapper, response, HttpServletResponse.SC_NOT_FOUND, body(type, TASK_GONE, message));
        } else {
            wrapper.copyBodyToResponse();
        }
    }

    /** Whether the task no longer exists at all: asked as the engine, not as the caller, who may not see it. */
    private boolean taskGone(String taskId) {
        TaskService tasks = taskService.getIfAvailable();
        AccessRules rules = accessRules.getIfAvailable();
        return tasks != null && rules != null
                && rules.asEngine(() -> tasks.createTaskQuery().taskId(taskId).count() == 0);
    }

    private static boolean isJson(ContentCachingResponseWrapper wrapper) {
        return wrapper.getContentType() != null && wrapper.getContentType().contains("json")
                && wrapper.getContentSize() > 0;
    }

    private static Map<String, Object> body(String type, String message, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        if (detail != null) {
            body.put("detail", detail);
        }
        body.put("code", 0);
        return body;
    }

    private static void replace(ContentCachingResponseWrapper wrapper, HttpServletResponse response, int status,
            Map<String, Object> body) throws IOException {
        wrapper.resetBuffer();
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
