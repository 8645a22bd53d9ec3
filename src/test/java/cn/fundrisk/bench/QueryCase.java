package cn.fundrisk.bench;

import java.util.function.Supplier;

import cn.fundrisk.support.HttpClientForTests;

/** B4: latencies of requests repeated after a warm-up; a request that fails stops the case. */
final class QueryCase {

    private QueryCase() {
    }

    /** Milliseconds per call, warm calls first (not counted). */
    static Stats latencies(int warm, int measured, Supplier<String> call) {
        for (int i = 0; i < warm; i++) {
            check(call.get());
        }
        Stats stats = new Stats();
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            String error = call.get();
            stats.add((System.nanoTime() - start) / 1e6);
            check(error);
        }
        return stats;
    }

    /** A GET as the user: null when it answered 200, else what went wrong. */
    static Supplier<String> get(HttpClientForTests http, String user, String path) {
        return () -> {
            HttpClientForTests.Answer answer = http.get(user, path);
            return answer.status() == 200 ? null : path + " answered " + answer.status() + ": " + answer.raw();
        };
    }

    private static void check(String error) {
        if (error != null) {
            throw new IllegalStateException(error);
        }
    }
}
