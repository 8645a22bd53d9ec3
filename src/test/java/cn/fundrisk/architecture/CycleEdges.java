package cn.fundrisk.architecture;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.Slice;
import com.tngtech.archunit.library.freeze.ViolationLineMatcher;

/**
 * The cycle rule, counted per edge: a feature package's dependency on another is a violation when
 * the other leads back to it. ArchUnit's own {@code beFreeOfCycles()} reports elementary cycles,
 * of which the packages had 88,921 when this was written; it stops at 100, so which ones it names
 * depends on the order it walks the graph, and a frozen store of them would neither be stable nor
 * fit in a file. Edges are few, stable and say what to cut.
 *
 * <p>Each violation's first line is its key ({@code "campaign -> process lies on a cycle"}); the
 * lines after it explain (the way back, a few of the class dependencies) and may change without
 * making the violation new: {@link #FIRST_LINE}.
 */
final class CycleEdges extends ArchCondition<Slice> {

    /** Matches stored and current violations by their first line, the edge. */
    static final ViolationLineMatcher FIRST_LINE = (actual, stored) -> firstLine(actual).equals(firstLine(stored));

    private static final int EXAMPLES = 3;

    private FeatureGraph graph;

    CycleEdges() {
        super("not depend on a feature package that depends back on them, directly or through others");
    }

    @Override
    public void init(Collection<Slice> slices) {
        graph = FeatureGraph.of(slices.stream().flatMap(Set::stream).toList());
    }

    @Override
    public void check(Slice slice, ConditionEvents events) {
        String from = slice.getNamePart(1);
        for (String to : graph.targets(from)) {
            boolean cycle = graph.onCycle(from, to);
            events.add(new SimpleConditionEvent(slice, !cycle, cycle ? describe(from, to) : from + " -> " + to + " lies on no cycle"));
        }
    }

    private String describe(String from, String to) {
        List<String> back = graph.pathBack(to, from).orElseThrow();
        SortedSet<String> dependencies = graph.classDependencies(from, to);
        StringBuilder text = new StringBuilder(from + " -> " + to + " lies on a cycle")
                .append("\n  way back: ").append(String.join(" -> ", back));
        dependencies.stream().limit(EXAMPLES).forEach(dependency -> text.append("\n  ").append(dependency));
        if (dependencies.size() > EXAMPLES) {
            text.append("\n  and ").append(dependencies.size() - EXAMPLES).append(" more class dependencies");
        }
        return text.toString();
    }

    private static String firstLine(String violation) {
        int end = violation.indexOf('\n');
        return end < 0 ? violation : violation.substring(0, end);
    }
}
