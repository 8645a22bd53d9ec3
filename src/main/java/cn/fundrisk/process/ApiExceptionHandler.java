package cn.fundrisk.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

import cn.fundrisk.identity.AccessDeniedException;
import jakarta.persistence.EntityNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.HtmlUtils;

/**
 * Failures in Spring MVC, answered in Chinese: on /api always as a {@link ProblemDetail} (RFC 9457,
 * {@code application/problem+json}, a type per {@link ApiProblem}); on our own pages a small page
 * when a browser asked for HTML, a problem otherwise. Spring MVC's own failures come through
 * {@link ResponseEntityExceptionHandler}. Elsewhere (actuator, Boot's error page, URLs no controller
 * answers outside /api) Spring's default handling stays. /engine-rest is not Spring MVC:
 * {@link RestErrorFilter} shapes those answers in Camunda's format.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    public static final String NOT_FOUND = "未找到";
    public static final String TOO_LARGE = "文件过大，单个文件不得超过 20MB";
    public static final String CONFLICT = "数据刚刚已被他人修改，本次操作未保存，请刷新后重试。";
    public static final String INTERNAL = "服务器内部错误，本次操作未完成。请稍后重试，或联系系统管理员。";
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InputRejectedException.class)
    public ResponseEntity<?> inputRejected(InputRejectedException e, ServletWebRequest request) throws Exception {
        return answer(e instanceof RecordLockedException ? ApiProblem.LOCKED : ApiProblem.INPUT_REJECTED,
                e.getMessage(), e, request);
    }

    @ExceptionHandler(BadUserRequestException.class)
    public ResponseEntity<?> badRequest(BadUserRequestException e, ServletWebRequest request) throws Exception {
        return answer(ApiProblem.INPUT_REJECTED, e.getMessage(), e, request);
    }

    /**
     * The engine wraps what task listeners (and some delegates) throw; bad input inside is still bad
     * input, a lost optimistic lock a conflict. Anything else is an internal error.
     */
    @ExceptionHandler(ProcessEngineException.class)
    public ResponseEntity<?> engineFailure(ProcessEngineException e, ServletWebRequest request) throws Exception {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BadUserRequestException bad) {
                return answer(bad instanceof RecordLockedException ? ApiProblem.LOCKED : ApiProblem.INPUT_REJECTED,
                        bad.getMessage(), e, request);
            }
            if (cause instanceof OptimisticLockingException) {
                return answer(ApiProblem.CONFLICT, CONFLICT, e, request);
            }
        }
        return internalError(e, request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    public ResponseEntity<?> conflict(OptimisticLockingFailureException e, ServletWebRequest request) throws Exception {
        return answer(ApiProblem.CONFLICT, CONFLICT, e, request);
    }

    @ExceptionHandler({ NoSuchElementException.class, EntityNotFoundException.class })
    public ResponseEntity<?> notFound(RuntimeException e, ServletWebRequest request) throws Exception {
        return answer(ApiProblem.NOT_FOUND, NOT_FOUND, e, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<?> forbidden(AccessDeniedException e, ServletWebRequest request) throws Exception {
        return answer(ApiProblem.ACCESS_DENIED, e.getMessage(), e, request);
    }

    /** Anything else: on /api a 500 problem (the cause in the log, not in the answer); elsewhere as before. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<?> internalError(Exception e, ServletWebRequest request) throws Exception {
        if (!isApi(request.getRequest()) || isCommitted(request) || e instanceof AuthenticationException
                || e instanceof org.springframework.security.access.AccessDeniedException) {
            throw e; // Spring's default handling of this very exception (and the security gate's)
        }
        LOG.error("Unexpected failure of {} {}", request.getHttpMethod(), request.getRequest().getRequestURI(), e);
        return problem(ApiProblem.INTERNAL_ERROR.detail(INTERNAL));
    }

    /** Spring MVC's own failures: our problem classes with a Chinese detail; Spring's answer outside ours. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest webRequest) {
        ServletWebRequest request = (ServletWebRequest) webRequest;
        if (isCommitted(request)) {
            return null; // as Spring's: too late to answer anything
        }
        ProblemDetail problem = SpringMvcProblems.of(e, status);
        if (isApi(request.getRequest()) || (isOurs(request) && !wantsPage(request.getRequest()))) {
            return ResponseEntity.status(status).headers(headers).contentType(ApiProblem.MEDIA_TYPE).body(problem);
        }
        if (isOurs(request)) {
            return page(status, problem.getDetail());
        }
        try { // as Spring's DefaultHandlerExceptionResolver: the container's error page
            request.getResponse().sendError(status.value());
        } catch (IOException ioe) {
            LOG.debug("Could not send the error", ioe);
        }
        return null;
    }

    private static ResponseEntity<?> answer(ApiProblem kind, String detail, Exception e, ServletWebRequest request)
            throws Exception {
        String text = detail == null || detail.isBlank() ? kind.title() : detail;
        HttpServletRequest servletRequest = request.getRequest();
        if (isApi(servletRequest)) {
            return problem(kind.detail(text));
        }
        if (!isOurs(request)) {
            throw e;
        }
        return wantsPage(servletRequest) ? page(kind.status(), text) : problem(kind.detail(text));
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(ApiProblem.MEDIA_TYPE).body(problem);
    }

    private static ResponseEntity<Object> page(HttpStatusCode status, String text) {
        String html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>"
                + status.value() + "</title></head><body style=\"font-family:sans-serif;margin:2rem\"><p>"
                + HtmlUtils.htmlEscape(text) + "</p><p><a href=\"javascript:history.back()\">返回</a></p>"
                + "</body></html>";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }

    /** Our JSON API: every failure is a problem, whatever the caller accepts. */
    static boolean isApi(HttpServletRequest request) {
        return ApiProblem.isApi(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** One of our controllers answered the request (not actuator, not Boot's error page). */
    private static boolean isOurs(ServletWebRequest request) {
        Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST);
        return handler instanceof HandlerMethod method
                && method.getBeanType().getPackageName().startsWith("cn.fundrisk");
    }

    /** A download (an export) that failed half-way, or a client that went away: nothing more can be said. */
    private static boolean isCommitted(ServletWebRequest request) {
        return request.getResponse() != null && request.getResponse().isCommitted();
    }

    /** A browser on one of our pages: it asked for HTML. */
    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
