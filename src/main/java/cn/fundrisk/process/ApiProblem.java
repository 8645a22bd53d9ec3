package cn.fundrisk.process;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The classes of error our /api answers, each with a stable type URI and a Chinese title (RFC 9457,
 * {@code application/problem+json}); the detail says what went wrong in this case. The table in the
 * README lists them. /engine-rest keeps Camunda's own error format.
 */
public enum ApiProblem {

    /** Our rules refused the input, or the request itself is malformed (JSON, parameters). */
    INPUT_REJECTED("input-rejected", HttpStatus.BAD_REQUEST, "输入有误"),
    /** The record was submitted and approved: only the reviewer's return opens it again. */
    LOCKED("locked", HttpStatus.BAD_REQUEST, "记录已锁定"),
    /** Not logged in (no session, no valid HTTP Basic credentials). */
    LOGIN_REQUIRED("login-required", HttpStatus.UNAUTHORIZED, "需要登录"),
    /** Logged in, but the record or action is outside the user's unit or duties; or the CSRF check failed. */
    ACCESS_DENIED("access-denied", HttpStatus.FORBIDDEN, "无权访问"),
    /** No such record (or URL). */
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "未找到"),
    /** A method, content type or answer format the URL does not offer (405, 406, 415). */
    UNSUPPORTED_REQUEST("unsupported-request", HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求"),
    /** Someone else changed the same data at the same moment; nothing of this request was saved. */
    CONFLICT("conflict", HttpStatus.CONFLICT, "操作冲突"),
    /** An upload or request body above the size limit. */
    TOO_LARGE("too-large", HttpStatus.PAYLOAD_TOO_LARGE, "内容过大"),
    /** Anything unexpected; the log has the cause. */
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误");

    /** The media type of every problem answer. */
    public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON;
    static final String TYPE_PREFIX = "urn:fundrisk:problem:";

    private final URI type;
    private final HttpStatus status;
    private final String title;

    ApiProblem(String name, HttpStatus status, String title) {
        this.type = URI.create(TYPE_PREFIX + name);
        this.status = status;
        this.title = title;
    }

    public URI type() {
        return type;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** Whether a path (after the context path) is our JSON API, where every error is a problem. */
    public static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** The answer with this class's status. */
    public ProblemDetail detail(String detail) {
        return detail(status, detail);
    }

    /** The answer with a status of the same class (405, 406 or 415 for an unsupported request). */
    public ProblemDetail detail(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
