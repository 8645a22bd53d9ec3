package cn.fundrisk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The /api problem classes and the answers no HTTP test can provoke on purpose (a lost optimistic
 * lock, a locked record inside the engine's wrapper, an unexpected failure), without Spring.
 */
class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    /** The types are a published contract (README): renaming one breaks API clients. */
    @Test
    void theProblemTypesAreStable() {
        Map<String, Integer> types = Arrays.stream(ApiProblem.values())
                .collect(Collectors.toMap(p -> p.type().toString(), p -> p.status().value()));
        assertThat(types).containsExactlyInAnyOrderEntriesOf(Map.of(
                "urn:fundrisk:problem:input-rejected", 400, "urn:fundrisk:problem:locked", 400,
                "urn:fundrisk:problem:login-required", 401, "urn:fundrisk:problem:access-denied", 403,
                "urn:fundrisk:problem:not-found", 404, "urn:fundrisk:problem:unsupported-request", 405,
                "urn:fundrisk:problem:conflict", 409, "urn:fundrisk:problem:too-large", 413,
                "urn:fundrisk:problem:internal-error", 500));
        assertThat(ApiProblem.values()).allSatisfy(p -> assertThat(p.title()).containsPattern("^\\p{IsHan}+$"));
    }

    @Test
    void aLockedRecordInsideTheEnginesWrapperIsLocked() throws Exception {
        ProcessEngineException wrapped = new ProcessEngineException("listener failed", InputRejectedException.locked());
        ProblemDetail problem = body(handler.engineFailure(wrapped, api()));
        assertThat(problem.getType()).isEqualTo(ApiProblem.LOCKED.type());
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo(InputRejectedException.LOCKED);
    }

    @Test
    void aLostOptimisticLockIsAConflictAndNothingElseIsSaid() throws Exception {
        ResponseEntity<?> answer = handler.engineFailure(new OptimisticLockingException("ACT_RU_TASK updated"), api());
        ProblemDetail problem = body(answer);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(ApiProblem.MEDIA_TYPE);
        assertThat(problem.getType()).isEqualTo(ApiProblem.CONFLICT.type());
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getTitle()).isEqualTo("操作冲突");
        assertThat(problem.getDetail()).isEqualTo(ApiExceptionHandler.CONFLICT).doesNotContain("ACT_RU");
    }

    @Test
    void anUnexpectedFailureOnTheApiIsA500WithoutItsCause() throws Exception {
        ProblemDetail problem = body(handler.internalError(new IllegalStateException("secret internals"), api()));
        assertThat(problem.getType()).isEqualTo(ApiProblem.INTERNAL_ERROR.type());
        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).isEqualTo(ApiExceptionHandler.INTERNAL).doesNotContain("secret");
    }

    /** Outside /api and our controllers (actuator, Boot's error page): Spring's own handling, untouched. */
    @Test
    void elsewhereTheFailureGoesOnToSpringsDefault() {
        IllegalStateException failure = new IllegalStateException("x");
        ServletWebRequest actuator = request("/actuator/health");
        assertThatThrownBy(() -> handler.internalError(failure, actuator)).isSameAs(failure);
        InputRejectedException rejected = new InputRejectedException("y");
        assertThatThrownBy(() -> handler.inputRejected(rejected, actuator)).isSameAs(rejected);
    }

    private static ServletWebRequest api() {
        return request("/api/campaigns");
    }

    private static ServletWebRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.addHeader("Accept", "application/json");
        return new ServletWebRequest(request, new MockHttpServletResponse());
    }

    private static ProblemDetail body(ResponseEntity<?> answer) {
        assertThat(answer.getBody()).isInstanceOf(ProblemDetail.class);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(answer.getStatusCode().value()).isEqualTo(problem.getStatus());
        return problem;
    }
}
