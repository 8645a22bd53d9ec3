package cn.fundrisk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.fundrisk.identity.SecurityConfig;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.HttpClientForTests.Answer;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Deny by default, proved: every Spring MVC mapping of the application (each of its methods), every
 * static file of ours, the engine's REST API, the webapps and actuator, asked without a login, is
 * refused (401 for machines, the login page for browsers) unless SecurityConfig.PUBLIC names it.
 */
final class MappingWalk {

    private final ApplicationContext context;
    private final HttpClientForTests http;

    MappingWalk(ApplicationContext context, HttpClientForTests http) {
        this.context = context;
        this.http = http;
    }

    void everyPathIsClosedUnlessPublic() throws Exception {
        Set<String> requests = new TreeSet<>();
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "1").replace("/**", "/x");
                if (methods.isEmpty()) {
                    requests.add("GET " + path);
                }
                methods.forEach(m -> requests.add(m.name() + " " + path));
            }
        }
        assertThat(requests).as("the walk finds our controllers").hasSizeGreaterThan(40);
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (Resource resource : resolver.getResources("classpath*:static/**/*")) {
            String url = resource.getURL().toString();
            if (resource.isReadable() && url.contains("/static/")) {
                requests.add("GET " + url.substring(url.lastIndexOf("/static/") + "/static".length()));
            }
        }
        for (Resource resource : resolver.getResources("classpath*:META-INF/resources/webjars/camunda/app/**/*")) {
            String url = resource.getURL().toString();
            if (resource.isReadable() && url.contains("/target/classes/")) { // ours: locales, config.js
                requests.add("GET " + url.substring(url.indexOf("/webjars/")).replace("/webjars/camunda", "/camunda"));
            }
        }
        requests.addAll(List.of("GET /webjars/echarts/5.3.1/dist/echarts.min.js", "GET /engine-rest/engine",
                "GET /engine-rest/task", "POST /engine-rest/deployment/create", "GET /engine-rest/user",
                "GET /camunda/app/tasklist/default/", "GET /camunda/app/admin/default/", "GET /camunda/app/cockpit/default/",
                "GET /camunda/api/admin/auth/user/default", "GET /camunda/api/engine/engine/default/task",
                "GET /actuator", "GET /actuator/metrics", "GET /actuator/info", "GET /actuator/health/db",
                "GET /h2-console", "GET /anything-new", "POST /api/anything-new", "GET /"));
        List<String> open = new ArrayList<>();
        int checked = 0;
        for (String request : requests) {
            String method = request.substring(0, request.indexOf(' '));
            String path = request.substring(request.indexOf(' ') + 1);
            if (isPublic(path)) {
                continue;
            }
            Answer answer = http.send(null, method, path, null);
            checked++;
            boolean refused = answer.status() == 401 || answer.status() == 403
                    || (answer.status() == 302 && String.valueOf(answer.header("Location")).endsWith("/login"));
            if (!refused) {
                open.add(request + " → " + answer.status());
            }
        }
        assertThat(open).as("answered without a login, though not public (%d checked)", checked).isEmpty();
        Answer health = http.get(null, "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().has("components")).as("the status only").isFalse();
    }

    private static boolean isPublic(String path) {
        return SecurityConfig.PUBLIC.stream().anyMatch(p -> PathPatternParser.defaultInstance.parse(p)
                .matches(PathContainer.parsePath(path)));
    }
}
