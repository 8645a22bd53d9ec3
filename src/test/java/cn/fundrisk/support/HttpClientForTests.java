package cn.fundrisk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import cn.fundrisk.process.ApiProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Calls the application under test on localhost as a real user with HTTP Basic, all users sharing
 * one password; a null user sends no credentials. JSON answers come parsed, the raw bytes too.
 */
public final class HttpClientForTests {

    /** What a browser asks for when it loads one of our pages. */
    static final String PAGE_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final int port;
    private final String password;

    public HttpClientForTests(int port, String password) {
        this.port = port;
        this.password = password;
    }

    /** Status, headers and body of an answer; body is the parsed JSON, or missing when the answer is not JSON. */
    public record Answer(int status, JsonNode body, byte[] bytes, HttpHeaders headers) {

        /** The body, after checking the status is 200. */
        public JsonNode ok() {
            assertThat(status).as("HTTP status, answer %s", raw()).isEqualTo(200);
            return body;
        }

        public String raw() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** The "message" of Camunda's JSON error answers (/engine-rest, the webapps' API, actuator's refusals). */
        public String message() {
            return body.path("message").asText(null);
        }

        /**
         * The Chinese detail of one of our /api errors, after checking the answer is that problem (RFC 9457):
         * application/problem+json, its type and title, the status in the body as on the answer, no other
         * "message".
         */
        public String problem(ApiProblem kind) {
            assertThat(header("Content-Type")).as("content type, answer %s", raw()).startsWith("application/problem+json");
            assertThat(body.path("type").asText()).as("type, answer %s", raw()).isEqualTo(kind.type().toString());
            assertThat(body.path("title").asText()).as("title, answer %s", raw()).isEqualTo(kind.title());
            assertThat(body.path("status").asInt()).as("status in the body, answer %s", raw()).isEqualTo(status);
            assertThat(body.has("message")).as("no message beside the detail, answer %s", raw()).isFalse();
            return body.path("detail").asText(null);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Answer get(String user, String path) {
        return send(user, "GET", path, null);
    }

    /** With a password of one's own, such as a wrong one. */
    public Answer get(String user, String password, String path) {
        return exchange(user, password, request(path, "application/json").GET());
    }

    public Answer post(String user, String path, Object json) {
        return send(user, "POST", path, json);
    }

    public Answer put(String user, String path, Object json) {
        return send(user, "PUT", path, json);
    }

    /** JSON in (none when null) and out. */
    public Answer send(String user, String method, String path, Object json) {
        HttpRequest.Builder request = request(path, "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            try {
                request.header("Content-Type", "application/json").method(method,
                        HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(json), StandardCharsets.UTF_8));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return exchange(user, password, request);
    }

    /** JSON in and out, with extra request headers (an Origin, a Sec-Fetch-Site) as a browser would add. */
    public Answer sendWith(String user, String method, String path, Object json, java.util.Map<String, String> headers) {
        HttpRequest.Builder request = request(path, "application/json");
        headers.forEach(request::header);
        try {
            request.header("Content-Type", "application/json").method(method, json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(json), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return exchange(user, password, request);
    }

    /** A raw body (say, one too large), as JSON. */
    public Answer sendRaw(String user, String method, String path, byte[] body) {
        return exchange(user, password, request(path, "application/json").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** As a browser asks for one of our pages. */
    public Answer getPage(String user, String path) {
        return page(user, "GET", path, null);
    }

    /** As a browser asks for a page or posts its form (formBody already encoded, none when null). */
    public Answer page(String user, String method, String path, String formBody) {
        HttpRequest.Builder request = request(path, PAGE_ACCEPT);
        if (formBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(formBody, StandardCharsets.UTF_8));
        }
        return exchange(user, password, request);
    }

    /**
     * A multipart/form-data POST with one part "file", the name written in UTF-8 as browsers do;
     * fileName null sends a form without the part.
     */
    public Answer upload(String user, String path, String fileName, String contentType, byte[] content) {
        return upload(user, path, "file", fileName, contentType, content);
    }

    /** The same with the part named as the API wants it (Camunda's variable data: "data"). */
    public Answer upload(String user, String path, String partName, String fileName, String contentType,
            byte[] content) {
        String boundary = "----TestBoundary" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head;
        if (fileName == null) {
            head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n无文件";
            content = new byte[0];
        } else {
            head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
        }
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return exchange(user, password, request(path, "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder request(String path, String accept) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30));
    }

    private Answer exchange(String user, String password, HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] raw = response.body() == null ? new byte[0] : response.body();
            JsonNode body = raw.length == 0 || !response.headers().firstValue("Content-Type").orElse("")
                    .contains("json") ? MissingNode.getInstance() : mapper.readTree(raw);
            return new Answer(response.statusCode(), body, raw, response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
