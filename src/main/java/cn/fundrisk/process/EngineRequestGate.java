package cn.fundrisk.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.fundrisk.audit.RejectedAttempts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one check at the HTTP boundary that the engine has no setting for (docs/security.md): a task's
 * {@code submit-form} and {@code complete}, on /engine-rest and on Tasklist's /camunda/api/engine,
 * may carry only the fields the task's deployed form declares ({@link DeclaredFields}), each with a
 * plain value or, for a list, Json: no extra or overridden variable (campaignUnitId, itemNo, unitCode,
 * a deadline…), no File, Bytes, Object or Xml. Anything else is answered 400 in Chinese, nothing is
 * changed, and the attempt is a REJECTED row of the audit trail. Also bounds what the engine's APIs
 * read: a body above {@link #MAX_BYTES} is refused (413) before anyone reads it.
 */
public final class EngineRequestGate extends OncePerRequestFilter {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final String TOO_LARGE = "请求内容过大：任务表单和接口请求不得超过 2MB（佐证材料请在佐证材料页面上传）";
    static final String UNDECLARED = "表单提交了本任务表单中没有的字段，已拒绝，未保存：";
    static final String TYPE = "表单字段的类型不允许，已拒绝，未保存：";
    private static final Pattern SUBMISSION = Pattern.compile(
            "^/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:submit-form|complete)$");
    private static final Pattern UNCLAIM = Pattern.compile(
            "^/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)/task/([^/]+)/unclaim$");
    private static final Set<String> PLAIN = Set.of("string", "boolean", "integer", "long", "short", "double", "null");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeclaredFields declaredFields;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final RejectedAttempts rejectedAttempts;

    public EngineRequestGate(DeclaredFields declaredFields, TaskService taskService, IdentityService identityService,
            RejectedAttempts rejectedAttempts) {
        this.declaredFields = declaredFields;
        this.taskService = taskService;
        this.identityService = identityService;
        this.rejectedAttempts = rejectedAttempts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !(path.startsWith("/engine-rest") || path.startsWith("/camunda/api/engine/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE);
            return;
        }
        Matcher unclaim = UNCLAIM.matcher(path(request));
        if ("POST".equals(request.getMethod()) && unclaim.matches() && gaveBack(unclaim.group(1))) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        Matcher submission = SUBMISSION.matcher(path(request));
        if (!"POST".equals(request.getMethod()) || !submission.matches()) {
            chain.doFilter(request.getContentLengthLong() < 0 ? new Bounded(request, null) : request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE);
            return;
        }
        String taskId = submission.group(1);
        String refusal = refusal(taskId, body);
        if (refusal != null) {
            rejectedAttempts.recordForm(userId(), taskId, refusal);
            answer(response, HttpServletResponse.SC_BAD_REQUEST, refusal);
            return;
        }
        chain.doFilter(new Bounded(request, body), response);
    }

    /** Why the submission is refused, or null. A task the user cannot see is left to the engine (403/404). */
    private String refusal(String taskId, byte[] body) {
        JsonNode variables;
        try {
            variables = body.length == 0 ? null : JSON.readTree(body).path("variables");
        } catch (IOException e) {
            return null; // not JSON: the engine answers it
        }
        if (variables == null || !variables.isObject() || variables.isEmpty() || !visible(taskId)) {
            return null;
        }
        Map<String, Boolean> declared = declaredFields.of(taskId);
        List<String> undeclared = new ArrayList<>();
        List<String> badTypes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            Boolean list = declared.get(field.getKey());
            String type = field.getValue().path("type").asText("").toLowerCase(java.util.Locale.ROOT);
            if (list == null) {
                undeclared.add(field.getKey());
            } else if (!(type.isEmpty() || PLAIN.contains(type) || (list && type.equals("json")))) {
                badTypes.add(field.getKey() + "（" + field.getValue().path("type").asText() + "）");
            }
        }
        if (!undeclared.isEmpty()) {
            return UNDECLARED + String.join("、", undeclared.stream().limit(20).toList());
        }
        return badTypes.isEmpty() ? null : TYPE + String.join("、", badTypes.stream().limit(20).toList());
    }

    /**
     * 退回/取消签收 in Tasklist: the engine lets only TASK_ASSIGN set an assignee, also to nobody, and
     * candidates hold TASK_WORK (which would also let them change identity links if it were
     * TASK_ASSIGN). So the user who holds a task gives it back here, as the engine; anybody else's
     * unclaim goes on to the engine, which refuses it.
     */
    private boolean gaveBack(String taskId) {
        String user = userId();
        Task task = user == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !user.equals(task.getAssignee())) {
            return false;
        }
        taskService.setAssignee(taskId, null);
        return true;
    }

    /** Whether the user may see the task at all, asked as the user. */
    private boolean visible(String taskId) {
        String user = userId();
        if (user == null) {
            return false;
        }
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(g -> g.getId()).toList();
        identityService.setAuthentication(user, groups);
        try {
            return taskService.createTaskQuery().taskId(taskId).count() == 1;
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static String userId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static void answer(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("type", InputRejectedException.class
                .getSimpleName(), "message", message)));
    }

    /** The request with its body read already, or with a body of unknown length cut at {@link #MAX_BYTES}. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final byte[] body;

        Bounded(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            InputStream in = body != null ? new ByteArrayInputStream(body) : super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > MAX_BYTES) {
                        throw new IOException(TOO_LARGE);
                    }
                    return b;
                }

                @Override
                public boolean isFinished() {
                    return body != null && read >= body.length;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
