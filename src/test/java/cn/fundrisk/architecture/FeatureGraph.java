package cn.fundrisk.architecture;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;

/**
 * The feature packages ({@code cn.fundrisk.<feature>}) and the dependencies between them, as the
 * compiled classes have them (imports, calls, field and signature types, annotations; a constant
 * inlined by the compiler is not seen). Sorted throughout, so what is written from it is stable.
 */
final class FeatureGraph {

    static final String ROOT = "cn.fundrisk.";

    /** feature → feature it depends on → the class-level dependencies behind that edge */
    private final SortedMap<String, SortedMap<String, SortedSet<String>>> edges = new TreeMap<>();

    private FeatureGraph() {
    }

    static FeatureGraph of(Collection<JavaClass> classes) {
        FeatureGraph graph = new FeatureGraph();
        for (JavaClass origin : classes) {
            featureOf(origin).ifPresent(from -> {
                graph.edges.computeIfAbsent(from, f -> new TreeMap<>());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    featureOf(dependency.getTargetClass())
                            .filter(to -> !to.equals(from))
                            .ifPresent(to -> graph.edges.get(from)
                                    .computeIfAbsent(to, t -> new TreeSet<>())
                                    .add(origin.getName() + " -> " + dependency.getTargetClass().getName()));
                }
            });
        }
        return graph;
    }

    /** {@code campaign} for {@code cn.fundrisk.campaign.Campaign} (nested packages included); none for the root. */
    static Optional<String> featureOf(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(ROOT)) {
            return Optional.empty();
        }
        String rest = pkg.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    SortedSet<String> features() {
        return new TreeSet<>(edges.keySet());
    }

    SortedSet<String> targets(String feature) {
        return new TreeSet<>(edges.getOrDefault(feature, new TreeMap<>()).keySet());
    }

    SortedSet<String> classDependencies(String from, String to) {
        return edges.getOrDefault(from, new TreeMap<>()).getOrDefault(to, new TreeSet<>());
    }

    int edgeCount() {
        return edges.values().stream().mapToInt(Map::size).sum();
    }

    boolean hasEdge(String from, String to) {
        return edges.getOrDefault(from, new TreeMap<>()).containsKey(to);
    }

    /** Pairs {a, b} with a before b where a depends on b and b on a. */
    List<List<String>> mutualPairs() {
        return features().stream()
                .flatMap(a -> targets(a).stream().filter(b -> a.compareTo(b) < 0 && hasEdge(b, a)).map(b -> List.of(a, b)))
                .toList();
    }

    /** An edge lies on a cycle when its target leads back to its origin. */
    boolean onCycle(String from, String to) {
        return hasEdge(from, to) && pathBack(to, from).isPresent();
    }

    /** The features that lie on at least one cycle. */
    SortedSet<String> featuresOnCycles() {
        SortedSet<String> result = new TreeSet<>();
        for (String from : features()) {
            for (String to : targets(from)) {
                if (onCycle(from, to)) {
                    result.add(from);
                    result.add(to);
                }
            }
        }
        return result;
    }

    int cycleEdgeCount() {
        return (int) features().stream().flatMap(a -> targets(a).stream().filter(b -> onCycle(a, b))).count();
    }

    /** A shortest path from one feature to another (breadth first, alphabetical among equals). */
    Optional<List<String>> pathBack(String from, String to) {
        Map<String, String> previous = new TreeMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        Set<String> seen = new TreeSet<>(List.of(from));
        while (!queue.isEmpty()) {
            String current = queue.removeFirst();
            if (current.equals(to)) {
                Deque<String> path = new ArrayDeque<>();
                for (String step = to; step != null; step = previous.get(step)) {
                    path.addFirst(step);
                }
                return Optional.of(List.copyOf(path));
            }
            for (String next : targets(current)) {
                if (seen.add(next)) {
                    previous.put(next, current);
                    queue.addLast(next);
                }
            }
        }
        return Optional.empty();
    }
}
