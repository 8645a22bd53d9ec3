package cn.fundrisk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's Markdown table, printed and written to target/bench/results.md. */
final class BenchTable {

    record Row(String id, String what, String ours, String baseline, String ratio, String target, String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
        LaunchCases.log("%s | %s | %s | %s | %s", row.id(), row.ours(), row.baseline(), row.ratio(), row.verdict());
    }

    void note(String note) {
        notes.add(note);
    }

    static String verdict(boolean met, String how) {
        return (met ? "met" : "**missed**") + (how.isEmpty() ? "" : " (" + how + ")");
    }

    String markdown() {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder md = new StringBuilder();
        md.append("Run ").append(OffsetDateTime.now().withNano(0)).append(", ").append(runtime.availableProcessors())
                .append(" CPUs, Java ").append(System.getProperty("java.version")).append(", max heap ")
                .append(runtime.maxMemory() / (1024 * 1024)).append(" MiB\n\n");
        md.append("| case | what | ours: median (min–max, n) | baseline | ratio | target | verdict |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| ").append(String.join(" | ", r.id(), r.what(), r.ours(), r.baseline(), r.ratio(), r.target(),
                    r.verdict())).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    void write() {
        String md = markdown();
        System.out.println("\n==== benchmark results ====\n" + md);
        try {
            Path file = Path.of("target", "bench", "results.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, md, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
