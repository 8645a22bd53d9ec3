package cn.fundrisk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Repeated measurements of one quantity: median, spread (min–max) and percentiles. */
final class Stats {

    private final List<Double> values = new ArrayList<>();

    static Stats of(double... values) {
        Stats stats = new Stats();
        for (double v : values) {
            stats.add(v);
        }
        return stats;
    }

    synchronized void add(double value) {
        values.add(value);
    }

    synchronized int count() {
        return values.size();
    }

    double median() {
        return percentile(50);
    }

    synchronized double percentile(double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (p == 50 && sorted.size() % 2 == 0) {
            return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    synchronized double min() {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    synchronized double max() {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** "12.3 (11.9–13.0, n=3)": median, then min–max over the repetitions. */
    String describe(String format) {
        if (count() == 1) {
            return String.format(Locale.ROOT, format + " (n=1)", median());
        }
        return String.format(Locale.ROOT, format + " (" + format + "–" + format + ", n=%d)", median(), min(), max(),
                count());
    }

    static String ratio(double ours, double baseline) {
        return String.format(Locale.ROOT, "%.2f×", ours / baseline);
    }
}
