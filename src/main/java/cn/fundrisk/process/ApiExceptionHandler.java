package cn.fundrisk.process;

import java.util.NoSuchElementException;

import cn.fundrisk.identity.AccessDeniedException;
import jakarta.persistence.EntityNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers our controllers' failures with a Chinese message: {"message": ...} for the API and
 * for other clients, a small page for browsers on our HTML pages.
 */
@RestControllerAdvice(basePackages = "cn.fundrisk")
public class ApiExceptionHandler {

    public static final String NOT_FOUND = "未找到";
    public static final String TOO_LARGE = "文件过大，单个文件不得超过 20MB";

    /** The JSON body of every error answer. */
    public record Message(String message) {
    }

    @ExceptionHandler({ InputRejectedException.class, BadUserRequestException.class })
    public ResponseEntity<?> badRequest(BadUserRequestException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage(), request);
    }

    /**
     * The engine wraps what task listeners (and some delegates) throw; bad input inside is still
     * bad input. Anything else stays an internal error.
     */
    @ExceptionHandler(ProcessEngineException.class)
    public ResponseEntity<?> engineFailure(ProcessEngineException e, HttpServletRequest request) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException bad) {
                return answer(HttpStatus.BAD_REQUEST, bad.getMessage(), request);
            }
        }
        throw e;
    }

    @ExceptionHandler({ NoSuchElementException.class, EntityNotFoundException.class })
    public ResponseEntity<?> notFound(RuntimeException e, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, NOT_FOUND, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<?> forbidden(AccessDeniedException e, HttpServletRequest request) {
        return answer(HttpStatus.FORBIDDEN, e.getMessage(), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<?> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<?> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, "参数格式不正确：" + e.getName(), request);
    }

    @ExceptionHandler({ MissingServletRequestParameterException.class, MissingServletRequestPartException.class })
    public ResponseEntity<?> missingParameter(Exception e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, "缺少必填参数", request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<?> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, "请求内容格式不正确，应为 JSON", request);
    }

    private static ResponseEntity<?> answer(HttpStatus status, String message, HttpServletRequest request) {
        String text = message == null || message.isBlank() ? status.getReasonPhrase() : message;
        if (wantsPage(request)) {
            String html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>"
                    + status.value() + "</title></head><body style=\"font-family:sans-serif;margin:2rem\"><p>"
                    + HtmlUtils.htmlEscape(text) + "</p><p><a href=\"javascript:history.back()\">返回</a></p>"
                    + "</body></html>";
            return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML,
                    java.nio.charset.StandardCharsets.UTF_8)).body(html);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new Message(text));
    }

    /** A browser on one of our pages (not /api): it asked for HTML. */
    private static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
