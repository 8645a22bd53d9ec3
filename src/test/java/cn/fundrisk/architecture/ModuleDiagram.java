package cn.fundrisk.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The text of docs/modules.md, from the graph: figures, a Mermaid flowchart, a table per package. */
final class ModuleDiagram {

    private ModuleDiagram() {
    }

    static String markdown(FeatureGraph graph, ModuleDiagramTest.TypeCounts types) {
        SortedSet<String> onCycles = graph.featuresOnCycles();
        List<List<String>> mutual = graph.mutualPairs();
        StringBuilder md = new StringBuilder();
        md.append("# Modules (generated)\n\n")
                .append("Written by `cn.fundrisk.architecture.ModuleDiagramTest` (`mvn -B -o -q test -Dtest=ModuleDiagramTest`,\n")
                .append("also part of `mvn -B verify`) from the compiled classes of `src/main`; do not edit by hand, commit it when\n")
                .append("the test has changed it. An edge is any dependency the bytecode has (imports, calls, fields,\n")
                .append("signatures, annotations), not counting constants the compiler inlines. The rules that hold the\n")
                .append("structure are `ModuleRulesTest` (docs/architecture.md, \"Modules\").\n\n")
                .append("## Figures\n\n")
                .append("| | |\n|---|---|\n")
                .append("| feature packages `cn.fundrisk.<feature>` | ").append(graph.features().size()).append(" |\n")
                .append("| dependency edges between them | ").append(graph.edgeCount()).append(" |\n")
                .append("| pairs that depend on each other | ").append(mutual.size()).append(" |\n")
                .append("| packages on a cycle | ").append(onCycles.size()).append(" |\n")
                .append("| edges on a cycle (frozen by `ModuleRulesTest`) | ").append(graph.cycleEdgeCount()).append(" |\n")
                .append("| public top-level types of `src/main` | ").append(types.publicTypes())
                .append(" of ").append(types.allTypes()).append(" |\n\n");

        md.append("## Diagram\n\n")
                .append("Packages on a cycle are red; a thick red double arrow joins two packages that depend on each other.\n\n")
                .append("```mermaid\nflowchart LR\n")
                .append("  classDef cycle fill:#fde2e1,stroke:#c0392b,color:#000\n");
        for (String feature : graph.features()) {
            md.append("  ").append(feature).append(onCycles.contains(feature) ? ":::cycle" : "").append('\n');
        }
        for (List<String> pair : mutual) {
            md.append("  ").append(pair.get(0)).append(" <==> ").append(pair.get(1)).append('\n');
        }
        for (String from : graph.features()) {
            for (String to : graph.targets(from)) {
                if (!graph.hasEdge(to, from)) {
                    md.append("  ").append(from).append(" --> ").append(to).append('\n');
                }
            }
        }
        if (!mutual.isEmpty()) {
            md.append("  linkStyle ")
                    .append(IntStream.range(0, mutual.size()).mapToObj(Integer::toString).collect(Collectors.joining(",")))
                    .append(" stroke:#c0392b,stroke-width:3px\n");
        }
        md.append("```\n\n");

        md.append("## Packages\n\n")
                .append("| package | on a cycle | depends on | depended on by |\n|---|---|---|---|\n");
        for (String feature : graph.features()) {
            List<String> users = new ArrayList<>();
            for (String other : graph.features()) {
                if (graph.hasEdge(other, feature)) {
                    users.add(other);
                }
            }
            md.append("| `").append(feature).append("` | ").append(onCycles.contains(feature) ? "yes" : "no")
                    .append(" | ").append(String.join(", ", graph.targets(feature)))
                    .append(" | ").append(String.join(", ", users)).append(" |\n");
        }

        md.append("\n## Pairs that depend on each other\n\n")
                .append("With the number of class-level dependencies each way: the smaller side is usually the one to cut.\n\n")
                .append("| pair | → | ← |\n|---|---|---|\n");
        for (List<String> pair : mutual) {
            md.append("| ").append(pair.get(0)).append(" ⇄ ").append(pair.get(1))
                    .append(" | ").append(graph.classDependencies(pair.get(0), pair.get(1)).size())
                    .append(" | ").append(graph.classDependencies(pair.get(1), pair.get(0)).size()).append(" |\n");
        }
        return md.toString();
    }
}
