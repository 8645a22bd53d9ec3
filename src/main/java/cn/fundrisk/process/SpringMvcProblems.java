package cn.fundrisk.process;

import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Spring MVC's own failures (bad JSON, a missing or ill-typed parameter, a wrong method or content
 * type, an upload above the limit, Bean Validation of a request body), as our problem classes with a
 * Chinese detail in place of Spring's English one.
 */
final class SpringMvcProblems {

    static final String UNREADABLE = "请求内容格式不正确，应为 JSON";
    static final String MISSING = "缺少必填参数";
    static final String BAD_PARAMETER = "参数格式不正确：";
    static final String NO_SUCH_URL = "未找到：没有这个接口";

    private SpringMvcProblems() {
    }

    static ProblemDetail of(Exception e, HttpStatusCode status) {
        if (status.value() == HttpStatus.PAYLOAD_TOO_LARGE.value()) {
            return ApiProblem.TOO_LARGE.detail(ApiExceptionHandler.TOO_LARGE);
        }
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return ApiProblem.NOT_FOUND.detail(NO_SUCH_URL);
        }
        if (status.value() == HttpStatus.METHOD_NOT_ALLOWED.value()
                || status.value() == HttpStatus.NOT_ACCEPTABLE.value()
                || status.value() == HttpStatus.UNSUPPORTED_MEDIA_TYPE.value()) {
            return ApiProblem.UNSUPPORTED_REQUEST.detail(status, unsupported(e, status));
        }
        if (status.is4xxClientError()) {
            return ApiProblem.INPUT_REJECTED.detail(status, badInput(e));
        }
        return ApiProblem.INTERNAL_ERROR.detail(status, ApiExceptionHandler.INTERNAL);
    }

    private static String unsupported(Exception e, HttpStatusCode status) {
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            String allowed = method.getSupportedHttpMethods() == null ? ""
                    : "，可用：" + method.getSupportedHttpMethods().stream().map(Object::toString)
                            .collect(Collectors.joining("、"));
            return "该接口不支持 " + method.getMethod() + " 请求" + allowed;
        }
        if (e instanceof HttpMediaTypeNotSupportedException media) {
            return "不支持的请求内容类型：" + media.getContentType() + "，应为 "
                    + media.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining("、"));
        }
        return status.value() == HttpStatus.NOT_ACCEPTABLE.value() ? "无法按请求的格式（Accept）回答"
                : "不支持的请求";
    }

    private static String badInput(Exception e) {
        if (e instanceof HttpMessageNotReadableException) {
            return UNREADABLE;
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return MISSING + "：" + missing.getParameterName();
        }
        if (e instanceof MissingServletRequestPartException missing) {
            return MISSING + "：" + missing.getRequestPartName();
        }
        if (e instanceof TypeMismatchException mismatch) {
            return BAD_PARAMETER + mismatch.getPropertyName();
        }
        if (e instanceof MethodArgumentNotValidException invalid) {
            return messages(invalid.getBindingResult());
        }
        return "请求不正确";
    }

    /** Bean Validation's messages (ours are Chinese), in the order of the fields, joined. */
    private static String messages(BindingResult result) {
        return result.getAllErrors().stream().map(ObjectError::getDefaultMessage).distinct()
                .collect(Collectors.joining("；"));
    }
}
