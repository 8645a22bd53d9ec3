package cn.fundrisk.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda's REST resources wrap whatever a task submission threw into "Cannot submit task form
 * &lt;id&gt;: ..." with status 500, on /engine-rest and on the API Tasklist itself uses. Bad input is
 * the user's to fix: when {@link InputRejectionPlugin} saw an {@link InputRejectedException} during
 * the request, this answers 400 with the plain Chinese message, in Camunda's error format, which
 * Tasklist shows as it is.
 */
@Configuration
public class InputRejectionFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = InputRejectionFilter.class.getName() + ".message";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Bean
    FilterRegistrationBean<InputRejectionFilter> inputRejectionFilterRegistration() {
        FilterRegistrationBean<InputRejectionFilter> registration = new FilterRegistrationBean<>(this);
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
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        Object message = request.getAttribute(ATTRIBUTE);
        if (message == null || wrapper.getStatus() < 500 || response.isCommitted()) {
            wrapper.copyBodyToResponse();
            return;
        }
        wrapper.resetBuffer();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = JSON.writeValueAsBytes(
                Map.of("type", InputRejectedException.class.getSimpleName(), "message", message, "code", 0));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
