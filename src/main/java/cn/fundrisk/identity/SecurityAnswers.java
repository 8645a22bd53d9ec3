package cn.fundrisk.identity;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import cn.fundrisk.process.ApiProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.util.HtmlUtils;

/**
 * The gate's answers, in Chinese: 401 (not logged in) and 403 (refused). Machines (our /api,
 * /engine-rest, Tasklist's /camunda/api, actuator, and any caller that sent credentials or does not
 * ask for HTML) get JSON and an HTTP Basic challenge: on /api a problem ({@link ApiProblem#LOGIN_REQUIRED},
 * {@link ApiProblem#ACCESS_DENIED}) like every other /api error, elsewhere {@code {"message": …}}, which
 * the webapps show; a browser navigating to a page is sent to the login page, or shown a small page.
 */
public final class SecurityAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    public static final String REALM = "fund-risk-campaign";
    static final String LOGIN = "请先登录";
    static final String LOGIN_MONITOR = "请先登录：运行监控仅限领导小组办公室和系统管理员";
    static final String DENIED = "无权访问：该页面或操作不在您的职责范围内。";
    static final String DENIED_MONITOR = "无权查看运行监控：仅限领导小组办公室和系统管理员";
    public static final String CROSS_SITE = "拒绝跨站提交的请求：缺少有效的安全令牌（CSRF）或来源不是本系统。请刷新页面后重试。";
    /** Writes problems as Spring MVC does (its ProblemDetail mix-in: the properties inline, no nulls). */
    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String path = path(request);
        if (isMachine(path) || request.getHeader("Authorization") != null
                || !String.valueOf(request.getHeader("Accept")).contains("text/html")) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            json(request, response, ApiProblem.LOGIN_REQUIRED, isActuator(path) ? LOGIN_MONITOR : LOGIN);
        } else {
            response.sendRedirect(request.getContextPath() + "/login");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            org.springframework.security.access.AccessDeniedException e) throws IOException {
        String path = path(request);
        String message = e instanceof CsrfException ? CROSS_SITE : isActuator(path) ? DENIED_MONITOR : DENIED;
        deny(request, response, message);
    }

    /** 403 with the message, as JSON or as a page. */
    public static void deny(HttpServletRequest request, HttpServletResponse response, String message)
            throws IOException {
        if (isMachine(path(request))) {
            json(request, response, ApiProblem.ACCESS_DENIED, message);
        } else {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>403</title>"
                    + "</head><body style=\"font-family:sans-serif;margin:2rem\"><p>" + HtmlUtils.htmlEscape(message)
                    + "</p><p><a href=\"/\">返回首页</a></p></body></html>");
        }
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean isMachine(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/engine-rest")
                || path.startsWith("/camunda/api/") || isActuator(path);
    }

    private static boolean isActuator(String path) {
        return path.equals("/actuator") || path.startsWith("/actuator/");
    }

    /** On /api a problem, elsewhere (the engine's and the webapps' APIs, actuator) {"message": …}. */
    private static void json(HttpServletRequest request, HttpServletResponse response, ApiProblem kind, String message)
            throws IOException {
        response.setStatus(kind.status().value());
        byte[] body;
        if (ApiProblem.isApi(path(request))) {
            ProblemDetail problem = kind.detail(message);
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setContentType(ApiProblem.MEDIA_TYPE.toString());
            body = JSON.writeValueAsBytes(problem);
        } else {
            response.setContentType("application/json;charset=UTF-8");
            body = ("{\"message\":\"" + message.replace("\"", "\\\"") + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        response.getOutputStream().write(body);
    }
}
